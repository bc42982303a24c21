#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lectern::fake {

// A response the fake writes in one go (Content-Length framing), or the head of a chunked one.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, const QByteArray &text);
    // Groq's error body: {"error":{"message","type","code"}}; `code` is left out when empty.
    static HttpResponse groqError(int status, const QString &message, const QString &type, const QString &code = {});

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    QByteArray serialize(bool keepAlive) const;
    // Status line and headers for a Transfer-Encoding: chunked body.
    QByteArray serializeChunkedHead(bool keepAlive) const;
    static QByteArray chunk(const QByteArray &data); // an empty `data` is the last chunk
    static QByteArray reasonPhrase(int status);
};

} // namespace lectern::fake
