#include "server/RequestRouter.h"

#include "server/ClientSession.h"

#include <QCoreApplication>

namespace lectern::server {

void RequestRouter::add(const QString &type, Handler handler)
{
    m_handlers.insert(type, std::move(handler));
}

void RequestRouter::addImmediate(const QString &type, ImmediateHandler handler)
{
    add(type, [handler = std::move(handler)](const protocol::Frame &request, ClientSession &session, const Reply &reply) {
        reply(handler(request, session));
    });
}

QStringList RequestRouter::requestTypes() const
{
    QStringList types = m_handlers.keys();
    types.sort();
    return types;
}

QStringList RequestRouter::eventTypes() const
{
    QStringList types(m_events.cbegin(), m_events.cend());
    types.sort();
    return types;
}

void RequestRouter::dispatch(const protocol::Frame &request, ClientSession &session, const Reply &reply) const
{
    const auto handler = m_handlers.constFind(request.type());
    if (handler == m_handlers.constEnd()) {
        reply(protocol::protocolError(
            protocol::ErrorCode::UnknownType,
            QCoreApplication::translate("lectern::server::RequestRouter", "This server does not know the request type \"%1\".")
                .arg(request.type())));
        return;
    }
    if (!session.isAuthenticated() && !m_public.contains(request.type())) {
        reply(protocol::protocolError(
            protocol::ErrorCode::Unauthenticated,
            QCoreApplication::translate("lectern::server::RequestRouter",
                                        "Sign in first: \"%1\" needs auth.login, auth.register or auth.resume on this connection.")
                .arg(request.type())));
        return;
    }
    (*handler)(request, session, reply);
}

} // namespace lectern::server
