#include "HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace lectern::fake {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("content-type", "application/json");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("content-type", "text/plain; charset=utf-8");
    response.body = text;
    return response;
}

HttpResponse HttpResponse::groqError(int status, const QString &message, const QString &type, const QString &code)
{
    QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("type"), type}};
    if (!code.isEmpty())
        error.insert(QStringLiteral("code"), code);
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first == name) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Request Entity Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 498: return "Flex Tier Capacity Exceeded";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

namespace {

QByteArray headBytes(const HttpResponse &response, bool keepAlive, const QByteArray &framing)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
    head += "date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += framing;
    head += keepAlive ? "connection: keep-alive\r\n" : "connection: close\r\n";
    head += "\r\n";
    return head;
}

} // namespace

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    return headBytes(*this, keepAlive, "content-length: " + QByteArray::number(body.size()) + "\r\n") + body;
}

QByteArray HttpResponse::serializeChunkedHead(bool keepAlive) const
{
    return headBytes(*this, keepAlive, "transfer-encoding: chunked\r\n");
}

QByteArray HttpResponse::chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace lectern::fake
