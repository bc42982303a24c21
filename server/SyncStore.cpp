#include "server/SyncStore.h"

#include "protocol/ErrorCode.h"
#include "server/ServerLogging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
using protocol::ErrorCode;
using protocol::SyncChange;

// SQLSTATE lock_not_available: lock_timeout ran out.
constexpr QLatin1StringView kLockNotAvailable("55P03");

Error databaseError(const QSqlQuery &query)
{
    qCWarning(lcServerDatabase).noquote() << "sync query failed:" << query.lastError().text().simplified();
    return protocol::protocolError(ErrorCode::InternalError,
                                   SyncStore::tr("The server could not reach its database; try again shortly."));
}

Error databaseError(const QSqlDatabase &db, const char *what)
{
    qCWarning(lcServerDatabase).noquote() << what << "failed:" << db.lastError().text().simplified();
    return protocol::protocolError(ErrorCode::InternalError,
                                   SyncStore::tr("The server could not reach its database; try again shortly."));
}

// SQLSTATE class 22 is "data exception": the value itself was refused (e.g. a JSON string the
// jsonb type cannot hold), so it is the client's input at fault, not the server.
bool isDataException(const QSqlQuery &query)
{
    return query.lastError().nativeErrorCode().startsWith(u"22");
}

// Replaces the stored record only when the incoming hlc is greater; RETURNING yields a row only
// when something was written, which is when the change takes a seq.
const QString kLastWriterWins =
    u"INSERT INTO sync_records (user_id, entity, record_id, hlc, deleted, fields, seq) "
    u"VALUES (?, ?, ?::uuid, ?, ?, ?::jsonb, ?) "
    u"ON CONFLICT (user_id, entity, record_id) DO UPDATE "
    u"SET hlc = EXCLUDED.hlc, deleted = EXCLUDED.deleted, fields = EXCLUDED.fields, seq = EXCLUDED.seq "
    u"WHERE sync_records.hlc < EXCLUDED.hlc "
    u"RETURNING seq"_s;
// A review is never edited, only added or withdrawn (undo), so the log merges as a set: a stored
// review stays as first stored, and the only later change that counts is its withdrawal, which
// is final. Two devices' logs therefore merge the same in any order, whatever their clocks say.
const QString kAppendOrWithdraw =
    u"INSERT INTO sync_records (user_id, entity, record_id, hlc, deleted, fields, seq) "
    u"VALUES (?, ?, ?::uuid, ?, ?, ?::jsonb, ?) "
    u"ON CONFLICT (user_id, entity, record_id) DO UPDATE "
    u"SET deleted = TRUE, hlc = GREATEST(sync_records.hlc, EXCLUDED.hlc), seq = EXCLUDED.seq "
    u"WHERE EXCLUDED.deleted AND NOT sync_records.deleted "
    u"RETURNING seq"_s;
} // namespace

Result<SyncStore::PushOutcome> SyncStore::push(qint64 userId, const QList<SyncChange> &changes)
{
    if (!m_db.transaction())
        return databaseError(m_db, "BEGIN");
    auto abandon = [this](const Error &error) -> Result<PushOutcome> {
        if (!m_db.rollback())
            qCWarning(lcServerDatabase).noquote() << "ROLLBACK failed:" << m_db.lastError().text().simplified();
        return error;
    };

    QSqlQuery wait(m_db);
    if (!wait.exec(u"SET LOCAL lock_timeout = %1"_s.arg(qMax<qint64>(1, m_lockTimeout.count()))))
        return abandon(databaseError(wait));

    // Creates the user's cursor on the first push and, either way, locks it until COMMIT: the
    // DO UPDATE takes the row lock that makes a second push of this user wait here.
    QSqlQuery cursor(m_db);
    cursor.prepare(u"INSERT INTO sync_cursors (user_id) VALUES (?) "
                   u"ON CONFLICT (user_id) DO UPDATE SET last_seq = sync_cursors.last_seq RETURNING last_seq"_s);
    cursor.addBindValue(userId);
    if (!cursor.exec() || !cursor.next()) {
        if (cursor.lastError().nativeErrorCode() == kLockNotAvailable) {
            qCWarning(lcServerSync) << "a push of user" << userId << "gave up waiting for another push of the user";
            return abandon(protocol::protocolError(
                ErrorCode::InternalError, tr("Another push of this account is still being stored; try again shortly.")));
        }
        return abandon(databaseError(cursor));
    }
    PushOutcome outcome{cursor.value(0).toLongLong(), 0};
    cursor.finish();

    QSqlQuery lastWriterWins(m_db);
    QSqlQuery appendOrWithdraw(m_db);
    if (!lastWriterWins.prepare(kLastWriterWins))
        return abandon(databaseError(lastWriterWins));
    if (!appendOrWithdraw.prepare(kAppendOrWithdraw))
        return abandon(databaseError(appendOrWithdraw));
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const SyncChange &change = changes[i];
        QSqlQuery &query = change.entity == protocol::kReviewLogEntity ? appendOrWithdraw : lastWriterWins;
        query.addBindValue(userId);
        query.addBindValue(change.entity);
        query.addBindValue(change.id);
        query.addBindValue(change.hlc);
        query.addBindValue(change.deleted);
        query.addBindValue(QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)));
        query.addBindValue(outcome.seq + 1);
        if (!query.exec()) {
            if (isDataException(query))
                return abandon(protocol::protocolError(
                    ErrorCode::BadField, tr("changes[%1] was refused by the database: %2")
                                             .arg(i)
                                             .arg(query.lastError().databaseText().simplified())));
            return abandon(databaseError(query));
        }
        if (query.next()) {
            ++outcome.seq;
            ++outcome.applied;
        }
        query.finish();
    }

    if (outcome.applied > 0) {
        QSqlQuery advance(m_db);
        advance.prepare(u"UPDATE sync_cursors SET last_seq = ? WHERE user_id = ?"_s);
        advance.addBindValue(outcome.seq);
        advance.addBindValue(userId);
        if (!advance.exec())
            return abandon(databaseError(advance));
        // Delivered by PostgreSQL at COMMIT, and only if it commits.
        QSqlQuery notify(m_db);
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(QString(kNotifyChannel));
        notify.addBindValue(u"%1:%2"_s.arg(userId).arg(outcome.seq));
        if (!notify.exec())
            return abandon(databaseError(notify));
    }
    if (!m_db.commit())
        return abandon(databaseError(m_db, "COMMIT"));
    return outcome;
}

Result<SyncStore::Page> SyncStore::pull(qint64 userId, qint64 since, qsizetype limit, qsizetype maxBytes) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, entity, record_id::text, hlc, deleted, fields::text FROM sync_records "
                  u"WHERE user_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(userId);
    query.addBindValue(since);
    // One row more than the page tells whether another page follows.
    query.addBindValue(qint64(limit) + 1);
    if (!query.exec())
        return databaseError(query);
    Page page;
    qsizetype bytes = 0;
    while (query.next()) {
        const QByteArray fields = query.value(5).toString().toUtf8();
        if (page.changes.size() == limit || (!page.changes.isEmpty() && bytes + fields.size() > maxBytes)) {
            page.more = true;
            break;
        }
        bytes += fields.size();
        SyncChange change;
        change.seq = query.value(0).toLongLong();
        change.entity = query.value(1).toString();
        change.id = query.value(2).toString();
        change.hlc = query.value(3).toString();
        change.deleted = query.value(4).toBool();
        change.fields = QJsonDocument::fromJson(fields).object();
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace lectern::server
