#include "server/ChatStore.h"

#include "server/GroupStore.h"
#include "server/ServerLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
namespace Field = protocol::GroupField;

constexpr QLatin1StringView kUniqueViolation("23505");

// readMessage() reads these as its first nine columns.
const QString kMessageColumns =
    u"c.id, c.group_id, c.seq, c.sender_id, u.username, c.client_msg_id::text, c.body, c.quote::text, c.created_at"_s;
const QString kMessageSelect =
    u"SELECT "_s + kMessageColumns + u" FROM chat_messages c JOIN users u ON u.id = c.sender_id "_s;

// The rows of the batch statements come in as one JSON array: a statement of fixed text (prepared
// once per batch, whatever its size) with nothing spliced into it.
QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// {1,2,3}: a bigint[] literal. Only integers go in, so nothing needs quoting.
QString bigintArray(const QList<qint64> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return u'{' + parts.join(u',') + u'}';
}

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

Result<QList<std::optional<ChatStore::Sent>>> ChatStore::sendAll(const QList<Outgoing> &messages)
{
    QList<std::optional<Sent>> outcomes(messages.size());
    if (messages.isEmpty())
        return outcomes;

    // Resends first, as send() does: answered with the stored message and not stored again.
    QJsonArray keys;
    for (qsizetype i = 0; i < messages.size(); ++i)
        keys.append(QJsonObject{{u"ord"_s, i}, {u"sender_id"_s, messages[i].senderId},
                                {u"client_msg_id"_s, messages[i].clientMsgId}});
    QSqlQuery earlier(m_db);
    earlier.setForwardOnly(true);
    earlier.prepare(u"SELECT "_s + kMessageColumns
                    + u", k.ord FROM jsonb_to_recordset(?::jsonb) AS k(ord int, sender_id bigint, client_msg_id uuid) "
                      u"JOIN chat_messages c ON c.sender_id = k.sender_id AND c.client_msg_id = k.client_msg_id "
                      u"JOIN users u ON u.id = c.sender_id"_s);
    earlier.addBindValue(compactJson(keys));
    if (!earlier.exec())
        return storeError(earlier);
    QList<bool> resent(messages.size(), false);
    while (earlier.next()) {
        const int ord = earlier.value(9).toInt();
        outcomes[ord] = Sent{readMessage(earlier), true};
        resent[ord] = true;
    }

    QJsonArray rows;
    QList<qint64> groupIds;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (resent[i])
            continue;
        const Outgoing &message = messages[i];
        QJsonObject row{{u"ord"_s, i},
                        {u"group_id"_s, message.groupId},
                        {u"sender_id"_s, message.senderId},
                        {u"client_msg_id"_s, message.clientMsgId},
                        {u"body"_s, message.text},
                        {u"created_at"_s, message.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
        if (message.quote)
            row.insert(u"quote"_s, message.quote->toJson());
        rows.append(row);
        if (!groupIds.contains(message.groupId))
            groupIds.append(message.groupId);
    }
    if (rows.isEmpty())
        return outcomes;

    if (!m_db.transaction())
        return storeError(m_db, "BEGIN");
    auto abandon = [this](const Error &error) {
        m_db.rollback();
        return error;
    };
    // Holds the groups' rows until COMMIT, as send() does, taken in id order so that two
    // instances storing batches for the same groups cannot deadlock.
    QSqlQuery lock(m_db);
    lock.prepare(u"SELECT id FROM study_groups WHERE id = ANY(?::bigint[]) ORDER BY id FOR UPDATE"_s);
    lock.addBindValue(bigintArray(groupIds));
    if (!lock.exec())
        return abandon(storeError(lock));

    // One statement: the senders that are members get their group's next seqs in the order they
    // sent, the rows go in, and each queues its notification (in id order, which within a
    // group is seq order; PostgreSQL evaluates pg_notify after the sort).
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    insert.prepare(
        u"WITH input AS (SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(ord int, group_id bigint, sender_id bigint, "
        u"client_msg_id uuid, body text, quote jsonb, created_at timestamptz)), "
        u"allowed AS (SELECT input.*, row_number() OVER (PARTITION BY input.group_id ORDER BY input.ord) AS n "
        u"FROM input WHERE EXISTS (SELECT 1 FROM group_members m "
        u"WHERE m.group_id = input.group_id AND m.user_id = input.sender_id)), "
        u"bumped AS (UPDATE study_groups g SET last_seq = g.last_seq + c.n "
        u"FROM (SELECT group_id, count(*) AS n FROM allowed GROUP BY group_id) c "
        u"WHERE g.id = c.group_id RETURNING g.id, g.last_seq - c.n AS base), "
        u"inserted AS (INSERT INTO chat_messages (group_id, seq, sender_id, client_msg_id, body, quote, created_at) "
        u"SELECT a.group_id, b.base + a.n, a.sender_id, a.client_msg_id, a.body, a.quote, a.created_at "
        u"FROM allowed a JOIN bumped b ON b.id = a.group_id ORDER BY a.ord "
        u"RETURNING id, seq, sender_id, client_msg_id) "
        u"SELECT a.ord, i.id, i.seq, u.username, pg_notify(?, 'message:' || i.id) FROM inserted i "
        u"JOIN allowed a ON a.sender_id = i.sender_id AND a.client_msg_id = i.client_msg_id "
        u"JOIN users u ON u.id = i.sender_id ORDER BY i.id"_s);
    insert.addBindValue(compactJson(rows));
    insert.addBindValue(QString(kNotifyChannel));
    if (!insert.exec())
        return abandon(storeError(insert));
    while (insert.next()) {
        const int ord = insert.value(0).toInt();
        const Outgoing &sent = messages[ord];
        outcomes[ord] = Sent{Message{insert.value(1).toLongLong(), sent.groupId, insert.value(2).toLongLong(),
                                     sent.senderId, insert.value(3).toString(), sent.clientMsgId, sent.text,
                                     sent.quote, sent.createdAt.toUTC()},
                             false};
    }
    if (!m_db.commit())
        return abandon(storeError(m_db, "COMMIT"));
    return outcomes;
}

Result<QHash<qint64, ChatStore::Message>> ChatStore::messages(const QList<qint64> &messageIds) const
{
    QHash<qint64, Message> found;
    if (messageIds.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kMessageSelect + u"WHERE c.id = ANY(?::bigint[])"_s);
    query.addBindValue(bigintArray(messageIds));
    if (!query.exec())
        return storeError(query);
    while (query.next()) {
        Message message = readMessage(query);
        found.insert(message.id, std::move(message));
    }
    return found;
}

Result<QHash<qint64, QSet<qint64>>> ChatStore::membersOf(const QList<qint64> &groupIds) const
{
    QHash<qint64, QSet<qint64>> members;
    if (groupIds.isEmpty())
        return members;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT group_id, user_id FROM group_members WHERE group_id = ANY(?::bigint[])"_s);
    query.addBindValue(bigintArray(groupIds));
    if (!query.exec())
        return storeError(query);
    while (query.next())
        members[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    return members;
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
