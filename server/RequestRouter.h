#pragma once

#include "base/Result.h"
#include "protocol/Frame.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

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
    // Answers a request: with a Result, or with an error that carries extra fields next to
    // code and message (rate_limited's retry_after).
    class Reply
    {
    public:
        using Sink = std::function<void(const Result<QJsonObject> &result, const QJsonObject &errorDetails)>;
        explicit Reply(Sink sink) : m_sink(std::move(sink)) {}
        void operator()(const Result<QJsonObject> &result) const { m_sink(result, {}); }
        void operator()(const Error &error, const QJsonObject &details) const { m_sink(error, details); }

    private:
        Sink m_sink;
    };
    using Handler = std::function<void(const protocol::Frame &request, ClientSession &session, const Reply &reply)>;
    // For handlers that answer at once.
    using ImmediateHandler = std::function<Result<QJsonObject>(const protocol::Frame &request, ClientSession &session)>;

    void add(const QString &type, Handler handler);
    void addImmediate(const QString &type, ImmediateHandler handler);
    bool handles(const QString &type) const { return m_handlers.contains(type); }
    // Lets sessions that have not signed in send `type`; every other type is answered
    // `unauthenticated` until they do.
    void allowUnauthenticated(const QString &type) { m_public.insert(type); }
    bool allowsUnauthenticated(const QString &type) const { return m_public.contains(type); }
    // Records a type the server pushes without a request (e.g. sync.changed), so the whole
    // vocabulary can be listed: the protocol document's test checks every type has a section.
    void declareEvent(const QString &type) { m_events.insert(type); }

    // Every registered request type and every declared event type, sorted.
    QStringList requestTypes() const;
    QStringList eventTypes() const;

    // Unknown types are answered with `unknown_type`.
    void dispatch(const protocol::Frame &request, ClientSession &session, const Reply &reply) const;

private:
    QHash<QString, Handler> m_handlers;
    QSet<QString> m_public;
    QSet<QString> m_events;
};

} // namespace lectern::server
