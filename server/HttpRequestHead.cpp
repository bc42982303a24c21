#include "server/HttpRequestHead.h"

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

Error badRequest(const QString &reason)
{
    return {u"bad_request"_s, reason};
}

// RFC 9110 token characters, for methods and header names.
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacters(QByteArrayView text)
{
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}
} // namespace

qsizetype HttpRequestHead::endOfHead(QByteArrayView data)
{
    const qsizetype blankLine = data.indexOf("\r\n\r\n");
    return blankLine < 0 ? -1 : blankLine + 4;
}

Result<HttpRequestHead> HttpRequestHead::parse(QByteArrayView head)
{
    if (!head.endsWith("\r\n\r\n"))
        return badRequest(tr("The request head does not end with a blank line."));
    // Drop the blank line's CRLF; every remaining line then ends in CR before the split's LF.
    QList<QByteArray> lines = head.first(head.size() - 2).toByteArray().split('\n');
    lines.removeLast();

    HttpRequestHead request;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r'))
            return badRequest(tr("Lines of the request head must end with CRLF."));
        line.chop(1);
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3)
                return badRequest(tr("The request line must be METHOD TARGET HTTP/1.x."));
            request.method = parts[0];
            request.target = parts[1];
            request.version = parts[2];
            if (!isToken(request.method))
                return badRequest(tr("The request method is not a valid token."));
            if (!request.target.startsWith('/') || hasControlCharacters(request.target))
                return badRequest(tr("The request target must be an absolute path."));
            if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
                return badRequest(tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
            const qsizetype query = request.target.indexOf('?');
            request.path = query < 0 ? request.target : request.target.left(query);
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(tr("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return badRequest(tr("A header line is not NAME: VALUE."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControlCharacters(value))
            return badRequest(tr("A header value contains control characters."));
        request.headers.append({line.left(colon).toLower(), value});
    }
    return request;
}

QByteArray HttpRequestHead::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequestHead::isWebSocketUpgrade() const
{
    if (method != "GET")
        return false;
    // Upgrade is a comma-separated list of protocols; "websocket" is case-insensitive.
    for (const QByteArray &protocol : header("upgrade").split(',')) {
        if (protocol.trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace lectern::server
