#include "server/HttpRouter.h"

namespace lectern::server {

void HttpRouter::addRoute(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

HttpResponse HttpRouter::respond(const HttpRequestHead &request) const
{
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.constEnd())
        return HttpResponse::error(404, "not_found");
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = HttpResponse::error(405, "method_not_allowed");
        response.headers.append(qMakePair(QByteArray("Allow"), QByteArray("GET, HEAD")));
        return response;
    }
    return (*route)(request);
}

} // namespace lectern::server
