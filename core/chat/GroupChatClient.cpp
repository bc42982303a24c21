#include "chat/GroupChatClient.h"

#include "chat/ChatLog.h"
#include "chat/GroupListModel.h"
#include "protocol/ErrorCode.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace lectern {

using namespace protocol;

namespace {
QString field(QStringView name)
{
    return name.toString();
}
} // namespace

GroupChatClient::GroupChatClient(ChatTiming timing, QObject *parent)
    : QObject(parent), m_connection(new ChatConnection(timing, this)), m_groups(new GroupListModel(this))
{
    qRegisterMetaType<ChatGroup>();
    qRegisterMetaType<ChatMember>();
    qRegisterMetaType<GroupMessage>();
    connect(m_connection, &ChatConnection::stateChanged, this, [this](ChatConnection::State state) {
        if (state != State::Online)
            m_inFlight.clear();
        emit stateChanged(state);
    });
    connect(m_connection, &ChatConnection::signedIn, this, &GroupChatClient::onSignedIn);
    connect(m_connection, &ChatConnection::eventReceived, this, &GroupChatClient::onEvent);
}

GroupChatClient::~GroupChatClient() = default;

void GroupChatClient::start(const QUrl &server, const QString &token)
{
    m_connection->start(server, token);
}

void GroupChatClient::stop()
{
    m_connection->stop();
    m_groups->clear();
    m_members.clear();
    m_outbox.clear();
    m_inFlight.clear();
}

QString GroupChatClient::stateText() const
{
    switch (state()) {
    case State::Stopped:
        return tr("Not signed in");
    case State::Connecting:
        return tr("Connecting…");
    case State::Online:
        return tr("Connected as %1").arg(username());
    case State::Waiting:
        return m_connection->problem().isEmpty() ? tr("Reconnecting…")
                                                 : tr("Reconnecting… (%1)").arg(m_connection->problem());
    case State::Refused:
        return m_connection->problem();
    }
    return {};
}

QList<GroupMessage> GroupChatClient::pendingMessages(qint64 groupId) const
{
    QList<GroupMessage> pending;
    for (const GroupMessage &message : m_outbox) {
        if (message.groupId == groupId)
            pending.append(message);
    }
    return pending;
}

bool GroupChatClient::request(QLatin1StringView type, const QJsonObject &fields, ChatConnection::ReplyHandler handler,
                              bool reportOffline)
{
    if (m_connection->send(type, fields, std::move(handler)))
        return true;
    if (reportOffline)
        emit requestFailed(tr("Not connected to the server; try again when the connection is back."));
    return false;
}

void GroupChatClient::fail(const Error &error, const QString &notFound)
{
    const auto code = errorCodeFromName(error.code);
    QString message;
    if (code == ErrorCode::NotFound)
        message = notFound.isEmpty() ? tr("That group no longer exists, or you are no longer a member of it.") : notFound;
    else if (code == ErrorCode::Forbidden)
        message = tr("Only the group's owner can do that.");
    else if (code == ErrorCode::InternalError)
        message = tr("The server could not do that just now; try again in a moment.");
    else if (code == ErrorCode::BadField)
        message = tr("The server did not accept that: %1").arg(error.message);
    else
        message = tr("The server refused: %1").arg(error.message);
    qCInfo(lcChat) << "request failed:" << error.code << error.message;
    emit requestFailed(message);
}

void GroupChatClient::onSignedIn()
{
    refreshGroups();
    // Members and their presence may have changed while away.
    const QList<qint64> known = m_members.keys();
    for (qint64 groupId : known)
        loadMembers(groupId);
    flushOutbox();
    emit signedIn();
}

void GroupChatClient::refreshGroups()
{
    request(FrameType::GroupList, {}, [this](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error());
        QList<ChatGroup> groups;
        for (const QJsonValue &value : reply.json().value(GroupField::Groups).toArray())
            groups.append(ChatGroup::fromJson(value.toObject()));
        m_groups->setGroups(groups);
    }, false);
}

void GroupChatClient::createGroup(const QString &name)
{
    request(FrameType::GroupCreate, {{field(GroupField::Name), name}}, [this](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error());
        const ChatGroup group = ChatGroup::fromJson(reply.json().value(GroupField::Group).toObject());
        m_groups->upsert(group);
        emit groupCreated(group);
    });
}

void GroupChatClient::joinGroup(const QString &inviteCode)
{
    const QString code = inviteCode.trimmed();
    request(FrameType::GroupJoin, {{field(GroupField::InviteCode), code}}, [this, code](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error(), tr("No group has the invite code %1; check it with the group's owner.").arg(code));
        ChatGroup group = ChatGroup::fromJson(reply.json().value(GroupField::Group).toObject());
        // The join reply has no counts; the list has them.
        if (const auto known = m_groups->group(group.id)) {
            group.lastSeq = known->lastSeq;
            group.unread = known->unread;
        }
        m_groups->upsert(group);
        refreshGroups();
        emit groupJoined(group);
    });
}

void GroupChatClient::leaveGroup(qint64 groupId)
{
    request(FrameType::GroupLeave, {{field(GroupField::Group), groupId}}, [this, groupId](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error());
        m_groups->remove(groupId);
        m_members.remove(groupId);
        emit groupLeft(groupId);
    });
}

void GroupChatClient::removeMember(qint64 groupId, qint64 userId)
{
    const QJsonObject fields{{field(GroupField::Group), groupId}, {field(GroupField::User), userId}};
    request(FrameType::GroupRemoveMember, fields, [this, groupId](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error(), tr("That person is no longer a member of the group."));
        loadMembers(groupId);
    });
}

void GroupChatClient::loadMembers(qint64 groupId)
{
    m_members.insert(groupId, m_members.value(groupId));
    request(FrameType::GroupMembers, {{field(GroupField::Group), groupId}}, [this, groupId](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error());
        QList<ChatMember> members;
        for (const QJsonValue &value : reply.json().value(GroupField::Members).toArray())
            members.append(ChatMember::fromJson(value.toObject()));
        m_members.insert(groupId, members);
        emit membersChanged(groupId);
    }, false);
}

void GroupChatClient::loadHistory(qint64 groupId, qint64 beforeSeq, int limit)
{
    QJsonObject fields{{field(GroupField::Group), groupId}, {field(GroupField::Limit), limit}};
    if (beforeSeq > 0)
        fields.insert(field(GroupField::Before), beforeSeq);
    request(FrameType::ChatHistory, fields, [this, groupId, beforeSeq](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error());
        QList<GroupMessage> messages;
        for (const QJsonValue &value : reply.json().value(GroupField::Messages).toArray())
            messages.append(GroupMessage::fromJson(value.toObject()));
        emit historyLoaded(groupId, beforeSeq, messages, reply.json().value(GroupField::More).toBool());
    }, false);
}

GroupMessage GroupChatClient::sendMessage(qint64 groupId, const QString &text, const std::optional<LectureQuote> &quote)
{
    GroupMessage message;
    message.groupId = groupId;
    message.clientMsgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.text = text;
    message.quote = quote;
    message.senderId = userId();
    message.senderName = username();
    message.createdAt = QDateTime::currentDateTimeUtc();
    message.pending = true;
    m_outbox.append(message);
    emit messageQueued(message);
    transmit(message);
    return message;
}

void GroupChatClient::flushOutbox()
{
    const QList<GroupMessage> outbox = m_outbox;
    for (const GroupMessage &message : outbox)
        transmit(message);
}

void GroupChatClient::transmit(const GroupMessage &message)
{
    if (state() != State::Online || m_inFlight.contains(message.clientMsgId))
        return; // sent on the next sign-in
    QJsonObject fields{{field(GroupField::Group), message.groupId},
                       {field(GroupField::ClientMsgId), message.clientMsgId},
                       {field(GroupField::Text), message.text}};
    if (message.quote)
        fields.insert(field(GroupField::Quote), message.quote->toJson());
    const QString clientMsgId = message.clientMsgId;
    m_inFlight.insert(clientMsgId);
    m_connection->send(FrameType::ChatSend, fields, [this, clientMsgId](const Frame &reply) {
        m_inFlight.remove(clientMsgId);
        if (reply.isOk()) {
            acknowledge(GroupMessage::fromJson(reply.json().value(GroupField::Message).toObject()));
            return;
        }
        // Only a server failure is worth another try; anything else will be refused again.
        if (reply.error().code == errorCodeName(ErrorCode::InternalError))
            return;
        m_outbox.removeIf([&](const GroupMessage &m) { return m.clientMsgId == clientMsgId; });
        fail(reply.error());
    });
}

void GroupChatClient::acknowledge(const GroupMessage &stored)
{
    const bool wasPending = m_outbox.removeIf([&](const GroupMessage &m) { return m.clientMsgId == stored.clientMsgId; }) > 0;
    const bool fromOthers = stored.senderId != userId();
    const std::optional<ChatGroup> group = m_groups->group(stored.groupId);
    const bool isNew = !group || stored.seq > group->lastSeq;
    m_groups->noteMessage(stored.groupId, stored.seq, fromOthers);
    emit messageStored(stored);
    if (fromOthers && isNew && !wasPending)
        emit messageReceived(stored);
}

void GroupChatClient::markRead(qint64 groupId, qint64 seq)
{
    if (state() != State::Online || seq <= 0)
        return;
    const QJsonObject fields{{field(GroupField::Group), groupId}, {field(GroupField::UpTo), seq}};
    m_connection->send(FrameType::ChatRead, fields, [this, groupId](const Frame &reply) {
        if (!reply.isOk())
            return fail(reply.error());
        m_groups->setUnread(groupId, int(reply.json().value(GroupField::Unread).toInteger()));
    });
}

void GroupChatClient::sendTyping(qint64 groupId)
{
    QElapsedTimer &last = m_lastTyping[groupId];
    if (state() != State::Online || (last.isValid() && last.elapsed() < kTypingIntervalMs))
        return;
    last.start();
    m_connection->send(FrameType::ChatTyping, {{field(GroupField::Group), groupId}}, [](const Frame &) {});
}

void GroupChatClient::noticeMember(qint64 groupId, qint64 userId)
{
    // There is no event for a member joining; their first message or keystroke tells.
    const auto known = m_members.constFind(groupId);
    if (known == m_members.cend())
        return;
    if (std::none_of(known->cbegin(), known->cend(), [userId](const ChatMember &m) { return m.userId == userId; }))
        loadMembers(groupId);
}

void GroupChatClient::onEvent(const Frame &event)
{
    const QJsonObject &json = event.json();
    const QString type = event.type();
    if (type == FrameType::ChatMessage) {
        const GroupMessage message = GroupMessage::fromJson(json.value(GroupField::Message).toObject());
        // A message of a group not listed yet (just joined elsewhere) brings the list up to date.
        if (!m_groups->group(message.groupId))
            refreshGroups();
        noticeMember(message.groupId, message.senderId);
        acknowledge(message);
    } else if (type == FrameType::Typing) {
        const qint64 groupId = json.value(GroupField::Group).toInteger();
        const qint64 user = json.value(GroupField::User).toInteger();
        noticeMember(groupId, user);
        emit typing(groupId, user, json.value(GroupField::Username).toString());
    } else if (type == FrameType::Presence) {
        const qint64 user = json.value(GroupField::User).toInteger();
        const bool online = json.value(GroupField::Online).toBool();
        for (auto it = m_members.begin(); it != m_members.end(); ++it) {
            bool changed = false;
            for (ChatMember &member : it.value()) {
                if (member.userId == user && member.online != online) {
                    member.online = online;
                    changed = true;
                }
            }
            if (changed)
                emit membersChanged(it.key());
        }
        emit presenceChanged(user, json.value(GroupField::Username).toString(), online);
    }
}

} // namespace lectern
