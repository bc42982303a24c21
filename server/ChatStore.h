#pragma once

#include "base/Result.h"
#include "protocol/Group.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
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
    Result<std::optional<Message>> message(qint64 messageId) const;
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
