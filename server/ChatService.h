#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "server/ChatStore.h"
#include "server/ClientSession.h"
#include "server/GroupStore.h"
#include "server/RequestRouter.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>

#include <functional>

namespace lectern::server {

class ServerDatabase;

// Serves the chat.* requests (protocol/Group.h) and delivers the chat.message, typing and
// presence events.
// Every delivery goes through PostgreSQL LISTEN/NOTIFY, also for this instance's own messages, so
// a connection hears the same thing whichever instance it is on; the notification carries ids and
// the rows are read from the tables.
class ChatService : public QObject
{
    Q_OBJECT

public:
    using SessionList = std::function<QList<ClientSession *>()>;

    ChatService(ServerDatabase &database, const Clock &clock, SessionList sessions, QObject *parent = nullptr);
    ~ChatService() override;

    void registerHandlers(RequestRouter &router);
    // Opens the connection that listens for messages and typing from every instance.
    Status start();

signals:
    // chat.send through this instance stored a new message (not a resend); for the metrics.
    void messageStored();

private:
    Result<QJsonObject> send(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> history(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> read(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> typing(const protocol::Frame &request, ClientSession &session);

    void receiveNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliverMessage(qint64 messageId);
    void deliverTyping(qint64 groupId, qint64 userId);
    // Tells the sessions of everyone sharing a group with the user that they came or went.
    void deliverPresence(qint64 userId, bool online);
    // Sends `event` to the connected sessions of the group's members, but not to `exceptUser`'s.
    void sendToMembers(qint64 groupId, const protocol::Frame &event, qint64 exceptUser = 0);
    // True when this session may announce typing in the group now (rate limit).
    bool takeTypingTurn(ClientSession &session, qint64 groupId);

    ServerDatabase &m_database;
    const Clock &m_clock;
    SessionList m_sessions;
    QString m_listenerConnection;
    // Per session and group, when it last announced typing (ms since the epoch).
    QHash<const ClientSession *, QHash<qint64, qint64>> m_lastTyping;
};

} // namespace lectern::server
