#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lectern::server {

// A complete HTTP/1.1 response. The server answers one request per connection and then closes
// it, so every response says "Connection: close".
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Allow

    static HttpResponse json(int status, const QJsonObject &body);
    // {"error": code, "message": message} with the status' reason phrase as the default message.
    static HttpResponse error(int status, const QByteArray &code, const QString &message = {});

    // Status line, headers and (unless `withBody` is false, for HEAD) the body.
    QByteArray serialize(bool withBody = true) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace lectern::server
