#pragma once

#include "base/Result.h"
#include "protocol/Group.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace lectern::server {

// The chat_messages table and the members' read markers. Runs on the thread that owns `db`.
class ChatStore
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::ChatStore)

public:
    // The channel a committed message notifies, with the payload "message:<message id>", and a
    // typing member with "typing:<group id>:<user id>". Ids only: listeners read the rows.
    static constexpr QLatin1StringView kNotifyChannel{"lectern_chat"};

    struct Message
    {
        qint64 id = 0;
        qint64 groupId = 0;
        qint64 seq = 0;
        qint64 senderId = 0;
        QString senderName;
        QString clientMsgId;
        QString text;
        std::optional<protocol::LectureQuote> quote;
        QDateTime createdAt;

        QJsonObject toJson() const;
    };
    struct Sent
    {
        Message message;
        bool duplicate = false; // an earlier send with the same client_msg_id, returned as stored
    };
    // A chat.send waiting to be stored with others (sendAll).
    struct Outgoing
    {
        qint64 groupId = 0;
        qint64 senderId = 0;
        QString clientMsgId;
        QString text;
        std::optional<protocol::LectureQuote> quote;
        QDateTime createdAt;
    };
    struct Page
    {
        QList<Message> messages; // oldest first
        bool more = false;
    };

    explicit ChatStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores the message under the group's next seq and queues its notification, in one
    // transaction; returns once committed. Nothing when the sender is not a member.
    Result<std::optional<Sent>> send(qint64 groupId, qint64 senderId, const QString &clientMsgId, const QString &text,
                                     const std::optional<protocol::LectureQuote> &quote, const QDateTime &now);
    // send() for many messages in one transaction, so they share one commit (one wait for the
    // disk) and a few round trips: the answer to each, in order, once committed. Fails as a whole
    // (nothing stored) on a database error, including a resend racing in on another connection;
    // send() each one then.
    Result<QList<std::optional<Sent>>> sendAll(const QList<Outgoing> &messages);
    Result<std::optional<Message>> message(qint64 messageId) const;
    // The messages that still exist among `messageIds`, by id.
    Result<QHash<qint64, Message>> messages(const QList<qint64> &messageIds) const;
    // The user ids of each group's members, for the groups that still exist.
    Result<QHash<qint64, QSet<qint64>>> membersOf(const QList<qint64> &groupIds) const;
    // The newest `limit` messages with seq < before, oldest first.
    Result<Page> history(qint64 groupId, qint64 before, qint64 limit) const;
    // Moves the member's read marker up to `upTo` (never back, never past the last message) and
    // returns the unread count after it. Nothing when the user is not a member.
    Result<std::optional<qint64>> markRead(qint64 groupId, qint64 userId, qint64 upTo);
    // Tells every instance that the user is typing in the group.
    Status notifyTyping(qint64 groupId, qint64 userId);

private:
    Result<std::optional<Message>> bySender(qint64 senderId, const QString &clientMsgId) const;

    QSqlDatabase m_db;
};

} // namespace lectern::server
