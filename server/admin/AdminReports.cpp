#include "server/admin/AdminReports.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

Error queryError(const QSqlQuery &query)
{
    return {u"database_query_failed"_s,
            AdminReports::tr("A database query failed: %1").arg(query.lastError().text().simplified())};
}

// Minutes are enough to tell when someone was last here; UTC so every operator reads the same.
QString formatTime(const QVariant &value)
{
    if (value.isNull())
        return AdminReports::tr("never");
    return value.toDateTime().toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
}

// "Signed in now": not revoked, not past the absolute lifetime, used within the idle limit.
constexpr auto kActiveDevice = "d.revoked_at IS NULL AND d.expires_at > now() "
                               "AND d.last_used_at > now() - make_interval(secs => ?)";
} // namespace

Result<TextTable> AdminReports::users() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT u.username, u.created_at, max(d.last_used_at), "
                  u"count(d.id) FILTER (WHERE %1), u.disabled_at IS NOT NULL "
                  u"FROM users u LEFT JOIN device_tokens d ON d.user_id = u.id "
                  u"GROUP BY u.id ORDER BY lower(u.username)"_s.arg(QLatin1StringView(kActiveDevice)));
    query.addBindValue(double(m_tokenIdle.count()));
    if (!query.exec())
        return queryError(query);
    TextTable table({tr("NAME"), tr("CREATED"), tr("LAST SEEN"), tr("DEVICES"), tr("DISABLED")},
                    {false, false, false, true, false});
    while (query.next())
        table.addRow({query.value(0).toString(), formatTime(query.value(1)), formatTime(query.value(2)),
                      QString::number(query.value(3).toLongLong()), query.value(4).toBool() ? tr("yes") : tr("no")});
    return table;
}

Result<TextTable> AdminReports::groups() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT g.id, g.name, o.username, "
                    u"(SELECT count(*) FROM group_members m WHERE m.group_id = g.id), "
                    u"(SELECT count(*) FROM chat_messages c WHERE c.group_id = g.id) "
                    u"FROM study_groups g JOIN users o ON o.id = g.owner_id ORDER BY g.id"_s))
        return queryError(query);
    TextTable table({tr("ID"), tr("NAME"), tr("OWNER"), tr("MEMBERS"), tr("MESSAGES")}, {true, false, false, true, true});
    while (query.next())
        table.addRow({QString::number(query.value(0).toLongLong()), query.value(1).toString(), query.value(2).toString(),
                      QString::number(query.value(3).toLongLong()), QString::number(query.value(4).toLongLong())});
    return table;
}

Result<TextTable> AdminReports::stats() const
{
    QSqlQuery query(m_db);
    // sync_cursors.last_seq counts every change a user's devices ever pushed; sync_records keeps
    // only the latest state of each record.
    query.prepare(u"SELECT (SELECT count(*) FROM users), "
                  u"(SELECT count(*) FROM users WHERE disabled_at IS NOT NULL), "
                  u"(SELECT count(*) FROM device_tokens d WHERE %1), "
                  u"(SELECT count(*) FROM study_groups), "
                  u"(SELECT count(*) FROM chat_messages), "
                  u"(SELECT count(*) FROM sync_records), "
                  u"(SELECT coalesce(sum(last_seq), 0) FROM sync_cursors), "
                  u"pg_database_size(current_database())"_s.arg(QLatin1StringView(kActiveDevice)));
    query.addBindValue(double(m_tokenIdle.count()));
    if (!query.exec() || !query.next())
        return queryError(query);
    const QStringList labels = {tr("users"),    tr("disabled users"), tr("signed-in devices"), tr("groups"),
                                tr("messages"), tr("sync records"),   tr("sync changes"),      tr("database size")};
    TextTable table({tr("WHAT"), tr("COUNT")}, {false, true});
    for (int i = 0; i < 7; ++i)
        table.addRow({labels[i], QString::number(query.value(i).toLongLong())});
    const qint64 bytes = query.value(7).toLongLong();
    table.addRow({labels[7], QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)});
    return table;
}

Result<AdminReports::Footprint> AdminReports::footprintOf(qint64 userId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT (SELECT count(*) FROM sync_records WHERE user_id = ?), "
                  u"(SELECT count(*) FROM chat_messages WHERE sender_id = ?), "
                  u"(SELECT count(*) FROM group_members WHERE user_id = ?), "
                  u"(SELECT count(*) FROM device_tokens WHERE user_id = ? AND revoked_at IS NULL)"_s);
    for (int i = 0; i < 4; ++i)
        query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return queryError(query);
    return Footprint{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toLongLong()};
}

} // namespace lectern::server
