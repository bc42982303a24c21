#include "sync/LibrarySyncStore.h"

#include "library/LibraryDatabase.h"
#include "sync/SyncLog.h"

#include <QJsonValue>
#include <QSqlRecord>

namespace lectern {

namespace {
const QString kCursorKey = QStringLiteral("pull_cursor");
const QString kAccountKey = QStringLiteral("account");

// Columns that are the record's identity and version, sent beside `fields`, or local only.
bool isRecordColumn(const QString &name)
{
    return name == u"id" || name == u"updated_at" || name == u"deleted" || name == u"local_id";
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}
} // namespace

LibrarySyncStore::LibrarySyncStore(std::unique_ptr<LibraryDatabase> db) : m_db(std::move(db)) {}

LibrarySyncStore::~LibrarySyncStore() = default;

Result<std::unique_ptr<LibrarySyncStore>> LibrarySyncStore::open(const QString &dataDir, const Clock &clock)
{
    // Sync runs beside the window's connection, which checked the file's pages when it opened.
    auto db = LibraryDatabase::open(dataDir, clock, PageCheck::Skip);
    if (!db)
        return db.error();
    // See the class comment: pages arrive in seq order, not in the order parents need.
    if (auto off = db.value()->exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    return std::unique_ptr<LibrarySyncStore>(new LibrarySyncStore(std::move(db).value()));
}

QString LibrarySyncStore::nodeId() const
{
    return m_db->nodeId();
}

Result<QList<LibrarySyncStore::Column>> LibrarySyncStore::columns(const QString &table)
{
    if (const auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return *it;
    // The table name is one of protocol::kSyncEntities, never text from the network.
    auto query = m_db->exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!query)
        return query.error();
    QList<Column> result;
    while (query.value().next())
        result.append({query->value(1).toString(), query->value(2).toString().toUpper(), query->value(3).toBool()});
    m_columns.insert(table, result);
    return result;
}

Result<std::optional<protocol::SyncChange>> LibrarySyncStore::currentChange(const QString &entity, const QString &id)
{
    if (!protocol::isSyncEntity(entity))
        return std::optional<protocol::SyncChange>();
    auto query = m_db->exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<protocol::SyncChange>();
    const QSqlRecord record = query.value().record();
    protocol::SyncChange change;
    change.entity = entity;
    change.id = id;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == u"updated_at")
            change.hlc = query->value(i).toString();
        else if (name == u"deleted")
            change.deleted = query->value(i).toBool();
        else if (!isRecordColumn(name))
            change.fields.insert(name, jsonValue(query->value(i)));
    }
    return std::optional<protocol::SyncChange>(std::move(change));
}

Result<LibrarySyncStore::OutboxPage> LibrarySyncStore::outboxPage(qint64 afterChangeSeq, int maxChanges,
                                                                  qsizetype maxFieldsBytes, qsizetype maxOneChangeBytes)
{
    struct Entry
    {
        qint64 changeSeq;
        QString entity;
        QString id;
    };
    QList<Entry> entries;
    {
        auto query = m_db->exec(QStringLiteral("SELECT change_seq, entity, record_id FROM sync_outbox WHERE change_seq > ? "
                                               "ORDER BY change_seq LIMIT ?"),
                                {afterChangeSeq, maxChanges});
        if (!query)
            return query.error();
        while (query.value().next())
            entries.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    }

    OutboxPage page;
    QList<qint64> vanished;
    qsizetype bytes = 0;
    // The outbox entry is read before the row, so the row pushed is never older than the entry
    // that is acknowledged for it.
    for (const Entry &entry : std::as_const(entries)) {
        auto change = currentChange(entry.entity, entry.id);
        if (!change)
            return change.error();
        if (!change->has_value()) {
            vanished.append(entry.changeSeq);
            page.scannedTo = entry.changeSeq;
            continue;
        }
        const qsizetype size = protocol::fieldsSize(change.value()->fields);
        if (size > maxOneChangeBytes) {
            qCWarning(lcSync) << "not pushing" << entry.entity << entry.id << "of" << size
                              << "bytes, more than the server takes in one change";
            ++page.oversized;
            page.scannedTo = entry.changeSeq;
            continue;
        }
        if (!page.changes.isEmpty() && bytes + size > maxFieldsBytes)
            break;
        bytes += size;
        page.changes.append(std::move(change.value()).value());
        page.changeSeqs.append(entry.changeSeq);
        page.scannedTo = entry.changeSeq;
    }
    // Entries of records that are gone or no longer sync have nothing to push.
    if (!vanished.isEmpty()) {
        if (const Status s = acknowledge(vanished); !s)
            return s.error();
    }
    return page;
}

Status LibrarySyncStore::acknowledge(const QList<qint64> &changeSeqs)
{
    return m_db->transaction([&]() -> Status {
        auto statement = m_db->prepare(QStringLiteral("DELETE FROM sync_outbox WHERE change_seq = ?"));
        if (!statement)
            return statement.error();
        for (const qint64 changeSeq : changeSeqs) {
            if (const Status s = m_db->run(statement.value(), {changeSeq}); !s)
                return s;
        }
        return success();
    });
}

Result<int> LibrarySyncStore::pendingCount() const
{
    auto query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toInt() : 0;
}

Result<qint64> LibrarySyncStore::pullCursor() const
{
    const auto value = stateValue(kCursorKey);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Status LibrarySyncStore::bindAccount(const QString &accountKey)
{
    const auto bound = stateValue(kAccountKey);
    if (!bound)
        return bound.error();
    if (*bound == accountKey)
        return success();
    return m_db->transaction([&]() -> Status {
        if (!bound->isEmpty()) {
            qCInfo(lcSync) << "the library moves from account" << *bound << "to" << accountKey << "and is sent again";
            if (const Status s = setStateValue(kCursorKey, QStringLiteral("0")); !s)
                return s;
            for (const QLatin1StringView entity : protocol::kSyncEntities) {
                const QString table = QString(entity);
                if (auto q = m_db->exec(QStringLiteral("DELETE FROM sync_outbox WHERE entity = ?"), {table}); !q)
                    return q.error();
                if (auto q = m_db->exec(QStringLiteral("INSERT INTO sync_outbox (entity, record_id) SELECT ?, id FROM %1 "
                                                       "ORDER BY updated_at").arg(table),
                                        {table});
                    !q)
                    return q.error();
            }
        }
        return setStateValue(kAccountKey, accountKey);
    });
}

Result<QString> LibrarySyncStore::stateValue(const QString &key) const
{
    auto query = m_db->exec(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toString() : QString();
}

Status LibrarySyncStore::setStateValue(const QString &key, const QString &value)
{
    auto query = m_db->exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value});
    if (!query)
        return query.error();
    return success();
}

} // namespace lectern
