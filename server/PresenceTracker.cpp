#include "server/PresenceTracker.h"

#include "server/ChatStore.h"
#include "server/GroupStore.h"

#include <QSqlQuery>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
} // namespace

Status PresenceTracker::count(qint64 userId, int delta)
{
    if (!m_db.transaction())
        return storeError(m_db, "BEGIN");
    auto abandon = [this](const QSqlQuery &query) -> Status {
        const Error error = storeError(query);
        m_db.rollback();
        return error;
    };
    // Two instances counting the same user take turns, so exactly one of them sees the total
    // cross zero.
    QSqlQuery lock(m_db);
    lock.prepare(u"SELECT pg_advisory_xact_lock(?), "
                 u"(SELECT COALESCE(SUM(connections), 0) FROM online_connections WHERE user_id = ?)"_s);
    lock.addBindValue(userId);
    lock.addBindValue(userId);
    if (!lock.exec() || !lock.next())
        return abandon(lock);
    const qint64 before = lock.value(1).toLongLong();

    QSqlQuery change(m_db);
    if (delta > 0) {
        change.prepare(u"INSERT INTO online_connections (instance_id, user_id, connections) VALUES (?::uuid, ?, 1) "
                       u"ON CONFLICT (instance_id, user_id) DO UPDATE "
                       u"SET connections = online_connections.connections + 1"_s);
    } else {
        change.prepare(u"WITH less AS (UPDATE online_connections SET connections = connections - 1 "
                       u"WHERE instance_id = ?::uuid AND user_id = ? AND connections > 1 RETURNING 1) "
                       u"DELETE FROM online_connections WHERE instance_id = ?::uuid AND user_id = ? "
                       u"AND connections = 1"_s);
        change.addBindValue(m_instanceId);
        change.addBindValue(userId);
    }
    change.addBindValue(m_instanceId);
    change.addBindValue(userId);
    if (!change.exec())
        return abandon(change);

    QSqlQuery total(m_db);
    total.prepare(u"SELECT COALESCE(SUM(connections), 0) FROM online_connections WHERE user_id = ?"_s);
    total.addBindValue(userId);
    if (!total.exec() || !total.next())
        return abandon(total);
    const qint64 after = total.value(0).toLongLong();
    if ((before == 0) != (after == 0)) {
        QSqlQuery notify(m_db);
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(QString(ChatStore::kNotifyChannel));
        notify.addBindValue(u"presence:%1:%2"_s.arg(userId).arg(after > 0 ? 1 : 0));
        if (!notify.exec())
            return abandon(notify);
    }
    if (!m_db.commit())
        return storeError(m_db, "COMMIT");
    return success();
}

} // namespace lectern::server
