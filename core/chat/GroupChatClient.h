#pragma once

#include "chat/ChatConnection.h"
#include "chat/ChatTypes.h"
#include "protocol/Group.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QUrl>

#include <optional>

namespace lectern {

class GroupListModel;

// Study groups and their chat for the signed-in account, on the UI thread (the socket never
// blocks). It signs in with the device's sync token, keeps the group list with unread counts in
// groups(), and reports members with presence, history pages, messages and typing as signals.
//
//     GroupChatClient chat;
//     chat.start(serverUrl, token);
//     connect(&chat, &GroupChatClient::messageStored, view, ...);
//     chat.sendMessage(groupId, text);   // pending until the server stored it
//
// A message is kept in an outbox until the server acknowledged it, and sent again (same
// client_msg_id, which the server dedupes) after every reconnect, so nothing typed is lost to a
// dropped connection.
class GroupChatClient : public QObject
{
    Q_OBJECT

public:
    using State = ChatConnection::State;

    explicit GroupChatClient(ChatTiming timing = {}, QObject *parent = nullptr);
    ~GroupChatClient() override;

    void start(const QUrl &server, const QString &token);
    // Disconnects and forgets the account's groups; unsent messages are dropped with it.
    void stop();

    State state() const { return m_connection->state(); }
    // What the connection state means for the student, e.g. "Reconnecting…".
    QString stateText() const;
    qint64 userId() const { return m_connection->userId(); }
    QString username() const { return m_connection->username(); }
    GroupListModel *groups() const { return m_groups; }
    QList<ChatMember> members(qint64 groupId) const { return m_members.value(groupId); }
    // The messages of `groupId` still waiting for the server, oldest first.
    QList<GroupMessage> pendingMessages(qint64 groupId) const;

    void refreshGroups();
    void createGroup(const QString &name);
    void joinGroup(const QString &inviteCode);
    void leaveGroup(qint64 groupId);
    void removeMember(qint64 groupId, qint64 userId);
    void loadMembers(qint64 groupId);
    // The newest page (`beforeSeq` 0) or the page before `beforeSeq`; answered by historyLoaded.
    void loadHistory(qint64 groupId, qint64 beforeSeq = 0, int limit = int(protocol::kDefaultHistoryLimit));
    // Queues a message and returns it as pending (its client_msg_id is a new UUID).
    GroupMessage sendMessage(qint64 groupId, const QString &text,
                            const std::optional<protocol::LectureQuote> &quote = std::nullopt);
    // Everything up to `seq` has been seen.
    void markRead(qint64 groupId, qint64 seq);
    // The student is typing; sent at most once per kTypingIntervalMs and group.
    void sendTyping(qint64 groupId);

signals:
    void stateChanged(lectern::ChatConnection::State state);
    // Signed in (again): open views should reload what they show.
    void signedIn();
    void groupCreated(const lectern::ChatGroup &group);
    void groupJoined(const lectern::ChatGroup &group);
    void groupLeft(qint64 groupId);
    void membersChanged(qint64 groupId);
    void historyLoaded(qint64 groupId, qint64 beforeSeq, const QList<lectern::GroupMessage> &messages, bool more);
    // A message of the student's left for the server.
    void messageQueued(const lectern::GroupMessage &message);
    // A message the server stored: acknowledged, or delivered as an event (possibly both).
    void messageStored(const lectern::GroupMessage &message);
    // Someone else's new message, as it arrived.
    void messageReceived(const lectern::GroupMessage &message);
    void typing(qint64 groupId, qint64 userId, const QString &username);
    void presenceChanged(qint64 userId, const QString &username, bool online);
    // A request failed; `message` is for the student.
    void requestFailed(const QString &message);

private:
    void onSignedIn();
    void onEvent(const protocol::Frame &event);
    void flushOutbox();
    void transmit(const GroupMessage &message);
    void acknowledge(const GroupMessage &stored);
    // Sends a request, or (when `reportOffline`) says the server cannot be reached. Refreshes
    // are not reported: they run again on the next sign-in.
    bool request(QLatin1StringView type, const QJsonObject &fields, ChatConnection::ReplyHandler handler,
                 bool reportOffline = true);
    void fail(const Error &error, const QString &notFound = {});
    void noticeMember(qint64 groupId, qint64 userId);

    ChatConnection *m_connection;
    GroupListModel *m_groups;
    QHash<qint64, QList<ChatMember>> m_members;
    QList<GroupMessage> m_outbox;
    // client_msg_ids sent on this connection and not yet answered, so one is never sent twice at once.
    QSet<QString> m_inFlight;
    QHash<qint64, QElapsedTimer> m_lastTyping;
};

} // namespace lectern
