#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "server/ChatStore.h"
#include "server/ChatWriter.h"
#include "server/ClientSession.h"
#include "server/GroupStore.h"
#include "server/RequestRouter.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSqlDriver>

#include <functional>

namespace lectern::server {

class ServerDatabase;

// Serves the chat.* requests (protocol/Group.h) and delivers the chat.message, typing and
// presence events.
// Every delivery goes through PostgreSQL LISTEN/NOTIFY, also for this instance's own messages, so
// a connection hears the same thing whichever instance it is on; the notification carries ids and
// the rows are read from the tables.
//
// chat.send requests are stored together: queued as they come in and handed to the ChatWriter's
// thread as one transaction, each answered only after that commit (group commit: one wait for
// the disk for them all). While it commits, the event loop reads the next requests, which make
// up the next batch, and delivers messages. Notifications that arrive together are delivered
// together too, their rows and members read in one query each.
class ChatService : public QObject
{
    Q_OBJECT

public:
    using SessionList = std::function<QList<ClientSession *>()>;

    // How many chat.send requests at most share one transaction.
    static constexpr qsizetype kMaxSendsPerCommit = 256;

    ChatService(ServerDatabase &database, const Clock &clock, SessionList sessions, QObject *parent = nullptr);
    ~ChatService() override;

    void registerHandlers(RequestRouter &router);
    // For benchmarks only (ServerConfig::chatWithoutStorage): chat.send relays to the members
    // connected here without storing the message or notifying other instances.
    void setStoresMessages(bool stores) { m_storesMessages = stores; }
    // Opens the connection that listens for messages and typing from every instance.
    Status start();

signals:
    // chat.send through this instance stored a new message (not a resend); for the metrics.
    void messageStored();

private:
    struct PendingSend
    {
        ChatStore::Outgoing message;
        QString senderName;
        RequestRouter::Reply reply;
    };
    // A notification waiting for deliverNotifications(): "message:<id>" (b unused),
    // "typing:<group>:<user>" or "presence:<user>:<0|1>".
    struct PendingNotification
    {
        enum class Kind { Message, Typing, Presence } kind;
        qint64 a = 0;
        qint64 b = 0;
    };

    // Validates a chat.send and queues it for storePendingSends().
    void send(const protocol::Frame &request, ClientSession &session, const RequestRouter::Reply &reply);
    void storePendingSends();
    // storePendingSends() when messages are not stored: numbered here, answered and delivered.
    void relayWithoutStoring(const QList<PendingSend> &batch);
    // The reply to one chat.send once stored (or refused).
    Result<QJsonObject> sendReply(qint64 groupId, const Result<std::optional<ChatStore::Sent>> &sent);
    Result<QJsonObject> history(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> read(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> typing(const protocol::Frame &request, ClientSession &session);

    void receiveNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    // Delivers what receiveNotification() queued, in the order it came; stops before a message of
    // the batch being stored, whose senders must have their reply first.
    void deliverNotifications();
    void scheduleStore();
    void scheduleDelivery();
    // Sends chat.message to the sessions of the group's members (serialised once).
    static void deliverMessage(const ChatStore::Message &message, const QSet<qint64> &members,
                               const QHash<qint64, QList<ClientSession *>> &sessionsOfUser);
    // The signed-in sessions by user id.
    QHash<qint64, QList<ClientSession *>> sessionsByUser() const;
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
    QList<PendingSend> m_pendingSends;
    bool m_storeScheduled = false;
    ChatWriter m_writer;
    // The batch with the writer: (sender, client_msg_id) of each message.
    QSet<QPair<qint64, QString>> m_storing;
    QList<PendingNotification> m_pendingNotifications;
    bool m_deliveryScheduled = false;
    bool m_storesMessages = true;
    // Numbering of the messages relayed without storage: ids, and seqs per group.
    qint64 m_lastRelayedId = 0;
    QHash<qint64, qint64> m_lastRelayedSeq;
    // Per session and group, when it last announced typing (ms since the epoch).
    QHash<const ClientSession *, QHash<qint64, qint64>> m_lastTyping;
};

} // namespace lectern::server
