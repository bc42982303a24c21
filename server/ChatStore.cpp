#include "server/ChatStore.h"

#include "server/GroupStore.h"
#include "server/ServerLogging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
namespace Field = protocol::GroupField;

constexpr QLatin1StringView kUniqueViolation("23505");

const QString kMessageSelect =
    u"SELECT c.id, c.group_id, c.seq, c.sender_id, u.username, c.client_msg_id::text, c.body, c.quote::text, "
    u"c.created_at FROM chat_messages c JOIN users u ON u.id = c.sender_id "_s;

ChatStore::Message readMessage(const QSqlQuery &query)
{
    ChatStore::Message message{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                               query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString(), std::nullopt, query.value(8).toDateTime().toUTC()};
    if (!query.value(7).isNull()) {
        const QJsonObject quote = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        message.quote = protocol::LectureQuote{quote.value(Field::LectureId).toString(),
                                               qint64(quote.value(Field::TimeMs).toDouble()),
                                               quote.value(Field::Text).toString()};
    }
    return message;
}
} // namespace

QJsonObject ChatStore::Message::toJson() const
{
    QJsonObject json{{Field::Id.toString(), id},
                     {Field::Group.toString(), groupId},
                     {Field::Seq.toString(), seq},
                     {Field::Sender.toString(), senderId},
                     {Field::SenderName.toString(), senderName},
                     {Field::ClientMsgId.toString(), clientMsgId},
                     {Field::Text.toString(), text},
                     {Field::CreatedAt.toString(), createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (quote)
        json.insert(Field::Quote.toString(), quote->toJson());
    return json;
}

Result<std::optional<ChatStore::Sent>> ChatStore::send(qint64 groupId, qint64 senderId, const QString &clientMsgId,
                                                       const QString &text,
                                                       const std::optional<protocol::LectureQuote> &quote,
                                                       const QDateTime &now)
{
    using Outcome = std::optional<Sent>;
    auto resent = [this, senderId, &clientMsgId]() -> Result<Outcome> {
        const auto stored = bySender(senderId, clientMsgId);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Outcome();
        return Outcome(Sent{**stored, true});
    };
    if (const auto earlier = resent(); !earlier || *earlier)
        return earlier;

    if (!m_db.transaction())
        return storeError(m_db, "BEGIN");
    auto abandon = [this](Result<Outcome> outcome) {
        m_db.rollback();
        return outcome;
    };
    // Takes the group's next seq and holds its row until COMMIT, so sends to one group take turns.
    QSqlQuery next(m_db);
    next.prepare(u"UPDATE study_groups SET last_seq = last_seq + 1 WHERE id = ? "
                 u"AND EXISTS (SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?) RETURNING last_seq"_s);
    next.addBindValue(groupId);
    next.addBindValue(groupId);
    next.addBindValue(senderId);
    if (!next.exec())
        return abandon(storeError(next));
    if (!next.next())
        return abandon(Outcome());
    Message message{0, groupId, next.value(0).toLongLong(), senderId, {}, clientMsgId, text, quote, now.toUTC()};

    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO chat_messages (group_id, seq, sender_id, client_msg_id, body, quote, created_at) "
                   u"VALUES (?, ?, ?, ?::uuid, ?, ?::jsonb, ?) RETURNING id, (SELECT username FROM users WHERE id = ?)"_s);
    insert.addBindValue(groupId);
    insert.addBindValue(message.seq);
    insert.addBindValue(senderId);
    insert.addBindValue(clientMsgId);
    insert.addBindValue(text);
    insert.addBindValue(quote ? QString::fromUtf8(QJsonDocument(quote->toJson()).toJson(QJsonDocument::Compact))
                              : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(now);
    insert.addBindValue(senderId);
    if (!insert.exec() || !insert.next()) {
        // The same resend racing in on another connection committed first: answer with its message.
        if (insert.lastError().nativeErrorCode() == kUniqueViolation) {
            m_db.rollback();
            return resent();
        }
        return abandon(storeError(insert));
    }
    message.id = insert.value(0).toLongLong();
    message.senderName = insert.value(1).toString();

    QSqlQuery notify(m_db);
    notify.prepare(u"SELECT pg_notify(?, ?)"_s);
    notify.addBindValue(QString(kNotifyChannel));
    notify.addBindValue(u"message:%1"_s.arg(message.id));
    if (!notify.exec())
        return abandon(storeError(notify));
    if (!m_db.commit())
        return abandon(storeError(m_db, "COMMIT"));
    return Outcome(Sent{std::move(message), false});
}

Result<std::optional<ChatStore::Message>> ChatStore::bySender(qint64 senderId, const QString &clientMsgId) const
{
    QSqlQuery query(m_db);
    query.prepare(kMessageSelect + u"WHERE c.sender_id = ? AND c.client_msg_id = ?::uuid"_s);
    query.addBindValue(senderId);
    query.addBindValue(clientMsgId);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<Message>();
    return std::optional<Message>(readMessage(query));
}

Result<std::optional<ChatStore::Message>> ChatStore::message(qint64 messageId) const
{
    QSqlQuery query(m_db);
    query.prepare(kMessageSelect + u"WHERE c.id = ?"_s);
    query.addBindValue(messageId);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<Message>();
    return std::optional<Message>(readMessage(query));
}

Result<ChatStore::Page> ChatStore::history(qint64 groupId, qint64 before, qint64 limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kMessageSelect + u"WHERE c.group_id = ? AND c.seq < ? ORDER BY c.seq DESC LIMIT ?"_s);
    query.addBindValue(groupId);
    query.addBindValue(before);
    // One row more than the page tells whether older messages remain.
    query.addBindValue(limit + 1);
    if (!query.exec())
        return storeError(query);
    Page page;
    while (query.next()) {
        if (page.messages.size() == limit) {
            page.more = true;
            break;
        }
        page.messages.append(readMessage(query));
    }
    std::reverse(page.messages.begin(), page.messages.end());
    return page;
}

Result<std::optional<qint64>> ChatStore::markRead(qint64 groupId, qint64 userId, qint64 upTo)
{
    QSqlQuery query(m_db);
    query.prepare(u"WITH marked AS (UPDATE group_members m "
                  u"SET last_read_seq = GREATEST(m.last_read_seq, LEAST(?, g.last_seq)) FROM study_groups g "
                  u"WHERE g.id = m.group_id AND m.group_id = ? AND m.user_id = ? RETURNING m.last_read_seq) "
                  u"SELECT (SELECT COUNT(*) FROM chat_messages c WHERE c.group_id = ? AND c.sender_id <> ? "
                  u"AND c.seq > marked.last_read_seq) FROM marked"_s);
    query.addBindValue(upTo);
    query.addBindValue(groupId);
    query.addBindValue(userId);
    query.addBindValue(groupId);
    query.addBindValue(userId);
    if (!query.exec())
        return storeError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Status ChatStore::notifyTyping(qint64 groupId, qint64 userId)
{
    QSqlQuery notify(m_db);
    notify.prepare(u"SELECT pg_notify(?, ?)"_s);
    notify.addBindValue(QString(kNotifyChannel));
    notify.addBindValue(u"typing:%1:%2"_s.arg(groupId).arg(userId));
    if (!notify.exec())
        return storeError(notify);
    return success();
}

} // namespace lectern::server
