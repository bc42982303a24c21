#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace lectern::fake {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // as sent, with the query
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;    // at most the parser's keep limit
    qint64 bodySize = 0; // every body byte received, kept or not

    QByteArray header(const QByteArray &lowerCaseName) const;
    QString path() const; // the target without query, percent-decoded
    bool keepAlive() const;
    bool bodyTruncated() const { return bodySize > body.size(); }
};

// An incremental HTTP/1.1 request parser: request line, headers, and a body framed by
// Content-Length or chunked transfer coding (with trailers). Bytes after one request stay in the
// caller's buffer for the next (keep-alive, pipelining). Bodies beyond `maxKeptBodyBytes` are
// counted but not kept, so an oversized upload can be answered with 413 without holding it.
class HttpRequestParser
{
public:
    enum class State { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Complete, Failed };

    explicit HttpRequestParser(qint64 maxKeptBodyBytes = 256LL * 1024 * 1024);

    // Consumes what it can from the front of `buffer`; stops after a complete request.
    void feed(QByteArray &buffer);

    State state() const { return m_state; }
    bool headersComplete() const;
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    int failureStatus() const { return m_failureStatus; } // 400, 431, 501
    QString failureReason() const { return m_failureReason; }
    const HttpRequest &request() const { return m_request; }
    // Hands out the complete request and starts over.
    HttpRequest take();
    void setMaxKeptBodyBytes(qint64 bytes) { m_maxKept = bytes; }

private:
    bool takeLine(QByteArray &buffer, QByteArray &line);
    void fail(int status, QString reason);
    void startBody();
    void appendBody(const char *data, qint64 size);

    qint64 m_maxKept;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    qint64 m_remaining = 0; // of the body or of the current chunk
    qint64 m_headerBytes = 0;
    int m_failureStatus = 0;
    QString m_failureReason;
};

} // namespace lectern::fake
