#include "HttpRequestParser.h"

#include <QUrl>

namespace lectern::fake {

namespace {
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
}

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QString HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return QUrl::fromPercentEncoding(query < 0 ? target : target.left(query));
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::HttpRequestParser(qint64 maxKeptBodyBytes) : m_maxKept(maxKeptBodyBytes) {}

bool HttpRequestParser::headersComplete() const
{
    return m_state != State::RequestLine && m_state != State::Headers && m_state != State::Failed;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest request = std::exchange(m_request, {});
    m_state = State::RequestLine;
    m_remaining = 0;
    m_headerBytes = 0;
    return request;
}

void HttpRequestParser::fail(int status, QString reason)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = std::move(reason);
}

bool HttpRequestParser::takeLine(QByteArray &buffer, QByteArray &line)
{
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0) {
        if (m_state == State::RequestLine || m_state == State::Headers) {
            if (m_headerBytes + buffer.size() > kMaxHeaderBytes)
                fail(431, QStringLiteral("request header too large"));
        }
        return false;
    }
    line = buffer.left(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    buffer.remove(0, newline + 1);
    m_headerBytes += newline + 1;
    if ((m_state == State::RequestLine || m_state == State::Headers) && m_headerBytes > kMaxHeaderBytes) {
        fail(431, QStringLiteral("request header too large"));
        return false;
    }
    return true;
}

void HttpRequestParser::appendBody(const char *data, qint64 size)
{
    const qint64 room = std::max<qint64>(0, m_maxKept - m_request.body.size());
    if (room > 0)
        m_request.body.append(data, qsizetype(std::min(room, size)));
    m_request.bodySize += size;
}

void HttpRequestParser::startBody()
{
    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding.trimmed() != "chunked") {
            fail(501, QStringLiteral("unsupported transfer coding %1").arg(QString::fromLatin1(transferEncoding)));
            return;
        }
        m_state = State::ChunkSize;
        return;
    }
    const QByteArray lengthText = m_request.header("content-length").trimmed();
    if (lengthText.isEmpty()) {
        m_state = State::Complete;
        return;
    }
    bool ok = false;
    m_remaining = lengthText.toLongLong(&ok);
    if (!ok || m_remaining < 0) {
        fail(400, QStringLiteral("bad Content-Length"));
        return;
    }
    m_state = m_remaining == 0 ? State::Complete : State::Body;
}

void HttpRequestParser::feed(QByteArray &buffer)
{
    QByteArray line;
    while (m_state != State::Complete && m_state != State::Failed) {
        switch (m_state) {
        case State::RequestLine: {
            if (!takeLine(buffer, line))
                return;
            if (line.isEmpty())
                continue; // RFC 9112: ignore empty lines before a request line
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
                fail(400, QStringLiteral("malformed request line"));
                return;
            }
            m_request.method = parts[0];
            m_request.target = parts[1];
            m_request.version = parts[2];
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            if (!takeLine(buffer, line))
                return;
            if (line.isEmpty()) {
                startBody();
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(400, QStringLiteral("malformed header line"));
                return;
            }
            m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
            break;
        }
        case State::Body: {
            if (buffer.isEmpty())
                return;
            const qint64 take = std::min<qint64>(m_remaining, buffer.size());
            appendBody(buffer.constData(), take);
            buffer.remove(0, qsizetype(take));
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Complete;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(buffer, line))
                return;
            const qsizetype extension = line.indexOf(';');
            bool ok = false;
            m_remaining = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                fail(400, QStringLiteral("malformed chunk size"));
                return;
            }
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (buffer.isEmpty())
                return;
            const qint64 take = std::min<qint64>(m_remaining, buffer.size());
            appendBody(buffer.constData(), take);
            buffer.remove(0, qsizetype(take));
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (!takeLine(buffer, line))
                return;
            if (!line.isEmpty()) {
                fail(400, QStringLiteral("chunk data longer than its size"));
                return;
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            if (!takeLine(buffer, line))
                return;
            if (line.isEmpty())
                m_state = State::Complete;
            break;
        }
        case State::Complete:
        case State::Failed:
            return;
        }
    }
}

} // namespace lectern::fake
