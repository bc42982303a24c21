#include "server/ChatService.h"

#include "protocol/Group.h"
#include "protocol/Sync.h"
#include "server/GroupService.h"
#include "server/ServerDatabase.h"
#include "server/ServerLogging.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <utility>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
using protocol::ErrorCode;
using protocol::Frame;
using protocol::GroupFields;
using protocol::protocolError;
namespace Field = protocol::GroupField;
namespace FrameType = protocol::FrameType;
} // namespace

ChatService::ChatService(ServerDatabase &database, const Clock &clock, SessionList sessions, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock), m_sessions(std::move(sessions))
{
}

ChatService::~ChatService()
{
    if (m_listenerConnection.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerConnection, false);
        listener.driver()->unsubscribeFromNotification(QString(ChatStore::kNotifyChannel));
        listener.close();
    }
    QSqlDatabase::removeDatabase(m_listenerConnection);
}

void ChatService::registerHandlers(RequestRouter &router)
{
    auto add = [this, &router](QLatin1StringView type, Result<QJsonObject> (ChatService::*handler)(const Frame &, ClientSession &)) {
        router.addImmediate(QString(type), [this, handler](const Frame &request, ClientSession &session) {
            return (this->*handler)(request, session);
        });
    };
    router.add(QString(FrameType::ChatSend), [this](const Frame &request, ClientSession &session, const RequestRouter::Reply &reply) {
        send(request, session, reply);
    });
    add(FrameType::ChatHistory, &ChatService::history);
    add(FrameType::ChatRead, &ChatService::read);
    add(FrameType::ChatTyping, &ChatService::typing);
    router.declareEvent(QString(FrameType::ChatMessage));
    router.declareEvent(QString(FrameType::Typing));
    router.declareEvent(QString(FrameType::Presence));
}

Status ChatService::start()
{
    // A connection of its own that never runs queries, for the reason SyncService gives.
    m_listenerConnection = u"lectern-chat-listener-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_database.connection(), m_listenerConnection);
    if (!listener.open())
        return Error{u"database_unreachable"_s, tr("Could not open the connection that listens for chat: %1")
                                                     .arg(listener.lastError().text().simplified())};
    if (!listener.driver()->subscribeToNotification(QString(ChatStore::kNotifyChannel)))
        return Error{u"database_unreachable"_s,
                     tr("Could not LISTEN for chat: %1").arg(listener.driver()->lastError().text().simplified())};
    connect(listener.driver(), &QSqlDriver::notification, this, &ChatService::receiveNotification);
    return m_writer.start(m_database.connection().connectionName());
}

void ChatService::send(const Frame &request, ClientSession &session, const RequestRouter::Reply &reply)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return reply(groupId.error());
    const auto clientMsgId = request.stringField(Field::ClientMsgId);
    if (!clientMsgId)
        return reply(clientMsgId.error());
    if (!protocol::isCanonicalUuid(*clientMsgId))
        return reply(protocolError(ErrorCode::BadField, tr("Field \"client_msg_id\" must be a lowercase UUID.")));
    const auto text = GroupFields::messageText(request);
    if (!text)
        return reply(text.error());
    const auto quote = GroupFields::quote(request);
    if (!quote)
        return reply(quote.error());

    m_pendingSends.append(PendingSend{
        ChatStore::Outgoing{*groupId, session.identity()->userId, *clientMsgId, *text, *quote, m_clock.now()},
        session.identity()->username, reply});
    scheduleStore();
}

void ChatService::scheduleStore()
{
    // Queued, so every request already read from the sockets this turn joins the same commit.
    if (m_storeScheduled)
        return;
    m_storeScheduled = true;
    QMetaObject::invokeMethod(this, &ChatService::storePendingSends, Qt::QueuedConnection);
}

void ChatService::storePendingSends()
{
    m_storeScheduled = false;
    // One batch with the writer at a time; what arrives meanwhile is the next one.
    if (!m_storing.isEmpty() || m_pendingSends.isEmpty())
        return;
    const qsizetype count = std::min(m_pendingSends.size(), kMaxSendsPerCommit);
    QList<PendingSend> batch = m_pendingSends.first(count);
    m_pendingSends.remove(0, count);

    if (!m_storesMessages) {
        relayWithoutStoring(batch);
        if (!m_pendingSends.isEmpty())
            scheduleStore();
        return;
    }

    QList<ChatStore::Outgoing> messages;
    messages.reserve(batch.size());
    for (const PendingSend &pending : std::as_const(batch)) {
        messages.append(pending.message);
        m_storing.insert({pending.message.senderId, pending.message.clientMsgId});
    }
    m_writer.store(std::move(messages), [this, batch = std::move(batch)](const QList<ChatWriter::Outcome> &outcomes) {
        for (qsizetype i = 0; i < batch.size(); ++i)
            batch[i].reply(sendReply(batch[i].message.groupId, outcomes[i]));
        m_storing.clear();
        // Deliveries held back for these replies go first, then the next batch.
        if (!m_pendingNotifications.isEmpty())
            scheduleDelivery();
        if (!m_pendingSends.isEmpty())
            scheduleStore();
    });
}

void ChatService::relayWithoutStoring(const QList<PendingSend> &batch)
{
    QList<qint64> groupIds;
    for (const PendingSend &pending : batch) {
        if (!groupIds.contains(pending.message.groupId))
            groupIds.append(pending.message.groupId);
    }
    const auto members = ChatStore(m_database.connection()).membersOf(groupIds);
    QList<ChatStore::Message> relayed;
    for (const PendingSend &pending : batch) {
        const ChatStore::Outgoing &sent = pending.message;
        if (!members) {
            pending.reply(members.error());
            continue;
        }
        if (!members->value(sent.groupId).contains(sent.senderId)) {
            pending.reply(GroupService::groupNotFound(sent.groupId));
            continue;
        }
        const ChatStore::Message message{++m_lastRelayedId, sent.groupId, ++m_lastRelayedSeq[sent.groupId],
                                         sent.senderId, pending.senderName, sent.clientMsgId,
                                         sent.text, sent.quote, sent.createdAt.toUTC()};
        pending.reply(QJsonObject{{Field::Message.toString(), message.toJson()}, {Field::Duplicate.toString(), false}});
        relayed.append(message);
    }
    if (relayed.isEmpty())
        return;
    const auto sessionsOfUser = sessionsByUser();
    for (const ChatStore::Message &message : std::as_const(relayed))
        deliverMessage(message, members->value(message.groupId), sessionsOfUser);
}

Result<QJsonObject> ChatService::sendReply(qint64 groupId, const Result<std::optional<ChatStore::Sent>> &sent)
{
    if (!sent)
        return sent.error();
    if (!*sent)
        return GroupService::groupNotFound(groupId);
    if (!(*sent)->duplicate)
        emit messageStored();
    return QJsonObject{{Field::Message.toString(), (*sent)->message.toJson()},
                       {Field::Duplicate.toString(), (*sent)->duplicate}};
}

Result<QJsonObject> ChatService::history(const Frame &request, ClientSession &session)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return groupId.error();
    constexpr qint64 kNewest = std::numeric_limits<qint64>::max();
    const auto before = GroupFields::optionalInteger(request, Field::Before, kNewest, 1, kNewest);
    if (!before)
        return before.error();
    const auto limit = GroupFields::optionalInteger(request, Field::Limit, protocol::kDefaultHistoryLimit, 1,
                                                    protocol::kMaxHistoryLimit);
    if (!limit)
        return limit.error();
    const auto group = GroupStore(m_database.connection()).groupOfMember(*groupId, session.identity()->userId);
    if (!group)
        return group.error();
    if (!*group)
        return GroupService::groupNotFound(*groupId);
    const auto page = ChatStore(m_database.connection()).history(*groupId, *before, *limit);
    if (!page)
        return page.error();
    QJsonArray messages;
    for (const ChatStore::Message &message : page->messages)
        messages.append(message.toJson());
    return QJsonObject{{Field::Messages.toString(), messages}, {Field::More.toString(), page->more}};
}

Result<QJsonObject> ChatService::read(const Frame &request, ClientSession &session)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return groupId.error();
    const auto upTo = request.integerField(Field::UpTo);
    if (!upTo)
        return upTo.error();
    if (*upTo < 0)
        return protocolError(ErrorCode::BadField, tr("Field \"up_to\" must be a message seq, 0 or more."));
    const auto unread = ChatStore(m_database.connection()).markRead(*groupId, session.identity()->userId, *upTo);
    if (!unread)
        return unread.error();
    if (!*unread)
        return GroupService::groupNotFound(*groupId);
    return QJsonObject{{Field::Unread.toString(), **unread}};
}

Result<QJsonObject> ChatService::typing(const Frame &request, ClientSession &session)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return groupId.error();
    const qint64 userId = session.identity()->userId;
    const auto group = GroupStore(m_database.connection()).groupOfMember(*groupId, userId);
    if (!group)
        return group.error();
    if (!*group)
        return GroupService::groupNotFound(*groupId);
    if (takeTypingTurn(session, *groupId)) {
        if (const Status notified = ChatStore(m_database.connection()).notifyTyping(*groupId, userId); !notified)
            return notified.error();
    }
    return QJsonObject{};
}

bool ChatService::takeTypingTurn(ClientSession &session, qint64 groupId)
{
    const qint64 now = m_clock.nowMs();
    if (!m_lastTyping.contains(&session)) {
        const ClientSession *key = &session;
        connect(&session, &QObject::destroyed, this, [this, key] { m_lastTyping.remove(key); });
    }
    QHash<qint64, qint64> &last = m_lastTyping[&session];
    const auto previous = last.constFind(groupId);
    if (previous != last.constEnd() && now - *previous < protocol::kTypingIntervalMs)
        return false;
    last.insert(groupId, now);
    return true;
}

void ChatService::receiveNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (channel != ChatStore::kNotifyChannel)
        return;
    const QStringList parts = payload.toString().split(u':');
    QList<qint64> ids;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        ids.append(parts[i].toLongLong(&ok));
        if (!ok)
            ids.clear();
    }
    using Kind = PendingNotification::Kind;
    if (parts.value(0) == u"message"_s && ids.size() == 1)
        m_pendingNotifications.append({Kind::Message, ids[0]});
    else if (parts.value(0) == u"typing"_s && ids.size() == 2)
        m_pendingNotifications.append({Kind::Typing, ids[0], ids[1]});
    else if (parts.value(0) == u"presence"_s && ids.size() == 2 && (ids[1] == 0 || ids[1] == 1))
        m_pendingNotifications.append({Kind::Presence, ids[0], ids[1]});
    else {
        qCWarning(lcServer).noquote() << "ignored a chat notification with the payload" << payload.toString();
        return;
    }
    // The driver hands over one notification at a time; those that came in together (a whole
    // commit's worth) are delivered together, on the next turn of the event loop.
    scheduleDelivery();
}

void ChatService::scheduleDelivery()
{
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QMetaObject::invokeMethod(this, &ChatService::deliverNotifications, Qt::QueuedConnection);
}

void ChatService::deliverNotifications()
{
    m_deliveryScheduled = false;
    const QList<PendingNotification> pending = std::exchange(m_pendingNotifications, {});
    QList<qint64> messageIds;
    for (const PendingNotification &notification : pending) {
        if (notification.kind == PendingNotification::Kind::Message)
            messageIds.append(notification.a);
    }
    ChatStore store(m_database.connection());
    // A message gone again (its group deleted) or unreadable now is not delivered; history still
    // has what is stored.
    const auto messages = store.messages(messageIds);
    QList<qint64> groupIds;
    if (messages) {
        for (const ChatStore::Message &message : *messages) {
            if (!groupIds.contains(message.groupId))
                groupIds.append(message.groupId);
        }
    }
    const auto members = store.membersOf(groupIds);
    const auto sessionsOfUser = groupIds.isEmpty() ? QHash<qint64, QList<ClientSession *>>() : sessionsByUser();

    for (qsizetype i = 0; i < pending.size(); ++i) {
        const PendingNotification &notification = pending[i];
        switch (notification.kind) {
        case PendingNotification::Kind::Message: {
            if (!messages || !members)
                break;
            const auto message = messages->constFind(notification.a);
            if (message == messages->constEnd())
                break;
            // Committed, but its sender's reply is still on its way from the writer: the protocol
            // answers the sender before anyone hears the message. This and what came after wait
            // for that reply (storePendingSends schedules the delivery again).
            if (m_storing.contains({message->senderId, message->clientMsgId})) {
                m_pendingNotifications = pending.mid(i) + m_pendingNotifications;
                return;
            }
            deliverMessage(*message, members->value(message->groupId), sessionsOfUser);
            break;
        }
        case PendingNotification::Kind::Typing:
            deliverTyping(notification.a, notification.b);
            break;
        case PendingNotification::Kind::Presence:
            deliverPresence(notification.a, notification.b == 1);
            break;
        }
    }
}

void ChatService::deliverMessage(const ChatStore::Message &message, const QSet<qint64> &members,
                                 const QHash<qint64, QList<ClientSession *>> &sessionsOfUser)
{
    const Frame event = Frame::makeRequest(QString(FrameType::ChatMessage), {},
                                           {{Field::Message.toString(), message.toJson()}});
    const QString text = event.toText();
    for (const qint64 userId : members) {
        for (ClientSession *session : sessionsOfUser.value(userId))
            session->send(event, text);
    }
}

QHash<qint64, QList<ClientSession *>> ChatService::sessionsByUser() const
{
    QHash<qint64, QList<ClientSession *>> sessionsOfUser;
    const QList<ClientSession *> sessions = m_sessions();
    for (ClientSession *session : sessions) {
        if (const qint64 userId = session->userId())
            sessionsOfUser[userId].append(session);
    }
    return sessionsOfUser;
}

void ChatService::deliverTyping(qint64 groupId, qint64 userId)
{
    const auto members = GroupStore(m_database.connection()).members(groupId);
    if (!members)
        return;
    const auto typist = std::find_if(members->begin(), members->end(),
                                     [userId](const GroupStore::Member &member) { return member.userId == userId; });
    if (typist == members->end())
        return; // left the group meanwhile
    sendToMembers(groupId,
                  Frame::makeRequest(QString(FrameType::Typing), {},
                                     {{Field::Group.toString(), groupId},
                                      {Field::User.toString(), userId},
                                      {Field::Username.toString(), typist->username}}),
                  userId);
}

void ChatService::deliverPresence(qint64 userId, bool online)
{
    const auto companions = GroupStore(m_database.connection()).companionsOf(userId);
    const auto username = GroupStore(m_database.connection()).username(userId);
    if (!companions || !username || !*username)
        return; // the account is gone with its groups
    const Frame event = Frame::makeRequest(QString(FrameType::Presence), {},
                                           {{Field::User.toString(), userId},
                                            {Field::Username.toString(), **username},
                                            {Field::Online.toString(), online}});
    const QSet<qint64> recipients(companions->begin(), companions->end());
    const QList<ClientSession *> sessions = m_sessions();
    for (ClientSession *session : sessions) {
        if (recipients.contains(session->userId()))
            session->send(event);
    }
}

void ChatService::sendToMembers(qint64 groupId, const Frame &event, qint64 exceptUser)
{
    const auto members = GroupStore(m_database.connection()).members(groupId);
    if (!members)
        return;
    QSet<qint64> recipients;
    for (const GroupStore::Member &member : *members) {
        if (member.userId != exceptUser)
            recipients.insert(member.userId);
    }
    const QList<ClientSession *> sessions = m_sessions();
    for (ClientSession *session : sessions) {
        if (session->identity() && recipients.contains(session->identity()->userId))
            session->send(event);
    }
}

} // namespace lectern::server
