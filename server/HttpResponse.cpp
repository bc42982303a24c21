#include "server/HttpResponse.h"

#include "lectern/Version.h"

#include <QJsonDocument>

namespace lectern::server {

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n', {}};
}

HttpResponse HttpResponse::error(int status, const QByteArray &code, const QString &message)
{
    return json(status, {{QStringLiteral("error"), QString::fromLatin1(code)},
                         {QStringLiteral("message"), message.isEmpty() ? QString::fromLatin1(reasonPhrase(status)) : message}});
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

QByteArray HttpResponse::serialize(bool withBody) const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Server: lectern-server/" + QByteArray(kVersion) + "\r\n";
    out += "Connection: close\r\n";
    out += "Cache-Control: no-store\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (withBody)
        out += body;
    return out;
}

} // namespace lectern::server
