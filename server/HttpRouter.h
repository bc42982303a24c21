#pragma once

#include "server/HttpRequestHead.h"
#include "server/HttpResponse.h"

#include <QByteArray>
#include <QHash>

#include <functional>

namespace lectern::server {

// The server's plain-HTTP endpoints (health now; metrics later), answered synchronously.
// Every route serves GET and HEAD; other methods get 405, unknown paths 404.
class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequestHead &)>;

    void addRoute(const QByteArray &path, Handler handler);
    HttpResponse respond(const HttpRequestHead &request) const;

private:
    QHash<QByteArray, Handler> m_routes;
};

} // namespace lectern::server
