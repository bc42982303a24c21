#pragma once

#include "base/Result.h"
#include "protocol/Frame.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace lectern::server {

class ClientSession;

// Maps a request's "type" to the code that serves it. Handlers get the parsed frame and the
// session it came on, and answer through `reply`: exactly once, now or later (a handler that
// waits on the database or a worker thread keeps `reply` and calls it when done). The reply
// carries the `ok` result fields or an error with a protocol code.
class RequestRouter
{
public:
    using Reply = std::function<void(const Result<QJsonObject> &)>;
    using Handler = std::function<void(const protocol::Frame &request, ClientSession &session, const Reply &reply)>;
    // For handlers that answer at once.
    using ImmediateHandler = std::function<Result<QJsonObject>(const protocol::Frame &request, ClientSession &session)>;

    void add(const QString &type, Handler handler);
    void addImmediate(const QString &type, ImmediateHandler handler);
    bool handles(const QString &type) const { return m_handlers.contains(type); }

    // Unknown types are answered with `unknown_type`.
    void dispatch(const protocol::Frame &request, ClientSession &session, const Reply &reply) const;

private:
    QHash<QString, Handler> m_handlers;
};

} // namespace lectern::server
