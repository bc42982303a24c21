#include "library/LibraryDatabase.h"

#include "library/LibraryLogging.h"
#include "sql/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace lectern {

namespace {
// "LCTR": written by migration 1 into the SQLite header, so Lectern recognises its own files.
constexpr qint64 kApplicationId = 0x4C435452;
const QString kMigrations = QStringLiteral(":/migrations/library");

// Tables whose rows carry an HLC `updated_at`.
const QStringList kStampedTables = {
    QStringLiteral("course"), QStringLiteral("lecture"), QStringLiteral("transcript_segment"),
    QStringLiteral("note"), QStringLiteral("study_item"), QStringLiteral("flashcard"),
    QStringLiteral("review_log"), QStringLiteral("chat_message"), QStringLiteral("setting"),
    QStringLiteral("listening_session"),
};
} // namespace

LibraryDatabase::LibraryDatabase(QString dataDir, QString path, const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_path(std::move(path)), m_clock(clock)
{
}

LibraryDatabase::~LibraryDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LibraryDatabase>> LibraryDatabase::open(const QString &dataDir, const Clock &clock,
                                                               PageCheck pageCheck)
{
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("library_not_writable"),
                     tr("Could not create the library folder %1. Choose a folder you may write to.").arg(dir)};
    if (!QFileInfo(dir).isWritable())
        return Error{QStringLiteral("library_not_writable"),
                     tr("The library folder %1 is not writable. Choose another folder or fix its permissions.").arg(dir)};
    const QString path = QDir(dir).filePath(QLatin1String(kFileName));
    if (QFileInfo fileInfo(path); fileInfo.exists() && (!fileInfo.isFile() || !fileInfo.isWritable()))
        return Error{QStringLiteral("library_not_writable"),
                     tr("The library file %1 cannot be written. Check its permissions.").arg(path)};

    std::unique_ptr<LibraryDatabase> db(new LibraryDatabase(dir, path, clock));
    db->m_pageCheck = pageCheck;
    for (Status (LibraryDatabase::*step)() : {&LibraryDatabase::connect, &LibraryDatabase::checkIdentity,
                                              &LibraryDatabase::configure, &LibraryDatabase::migrate,
                                              &LibraryDatabase::loadClock}) {
        if (const Status s = (db.get()->*step)(); !s)
            return s.error();
    }
    qCInfo(lcLibrary) << "opened library" << path << "schema version" << db->m_schemaVersion << "node" << db->nodeId();
    return db;
}

Status LibraryDatabase::connect()
{
    m_connectionName = QStringLiteral("lectern-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Another process (the CLI beside the app) may hold the write lock for a moment.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Error{QStringLiteral("library_corrupt"),
                     tr("Could not open the library %1: %2").arg(m_path, m_db.lastError().text())};
    return success();
}

Status LibraryDatabase::checkIdentity()
{
    const auto damaged = [this](const QString &reason) {
        return Error{QStringLiteral("library_corrupt"),
                     tr("%1 is not a Lectern library or it is damaged (%2). Restore it from a backup, or move it "
                        "aside so that Lectern starts a new library.").arg(m_path, reason)};
    };
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return damaged(query.lastError().text());
    const qint64 applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return damaged(query.lastError().text());
    const bool empty = query.value(0).toInt() == 0;
    if (applicationId != kApplicationId && !(applicationId == 0 && empty))
        return Error{QStringLiteral("library_foreign"),
                     tr("%1 is a database of another program, not a Lectern library. Move it aside so that Lectern "
                        "can start a new library there.").arg(m_path)};
    if (empty || m_pageCheck == PageCheck::Skip)
        return success();
    // A damaged page would otherwise surface much later, as a failed save in the middle of work.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return damaged(query.lastError().text());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return damaged(problems.first());
    return success();
}

Status LibraryDatabase::configure()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return sqlError(tr("Could not switch the library to write-ahead logging"), query);
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcLibrary) << "library" << m_path << "stays in journal mode" << query.value(0).toString();
    query.finish();
    // synchronous = FULL: a write Lectern reports as saved survives a power cut too, not only a
    // crash of the app (NORMAL in WAL mode may lose the last commits on power loss).
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"}) {
        if (const Status s = execPlain(QLatin1String(pragma)); !s)
            return s;
    }
    return success();
}

Status LibraryDatabase::migrate()
{
    SchemaMigrator migrator(m_db, kMigrations);
    const auto reached = migrator.migrate();
    if (!reached)
        return Error{reached.error().code, tr("Could not open the library %1: %2").arg(m_path, reached.error().message)};
    m_schemaVersion = *reached;
    return success();
}

Status LibraryDatabase::loadClock()
{
    auto existing = exec(QStringLiteral("SELECT node_id FROM local_node WHERE singleton = 1"));
    if (!existing)
        return existing.error();
    QString node;
    if (existing.value().next()) {
        node = existing->value(0).toString();
    } else {
        node = HybridLogicalClock::makeNodeId();
        auto inserted = exec(QStringLiteral("INSERT INTO local_node (singleton, node_id, created_at) VALUES (1, ?, ?)"),
                             {node, nowText()});
        if (!inserted)
            return inserted.error();
    }
    m_hlc = std::make_unique<HybridLogicalClock>(node, m_clock);

    // If the wall clock was set back since the last run, new stamps must still sort after the
    // stored ones, or a fresh edit would lose against an older one.
    QStringList parts;
    for (const QString &table : kStampedTables)
        parts.append(QStringLiteral("SELECT MAX(updated_at) AS stamp FROM ") + table);
    auto latest = exec(QStringLiteral("SELECT MAX(stamp) FROM (") + parts.join(QStringLiteral(" UNION ALL ")) + u')');
    if (!latest)
        return latest.error();
    if (latest.value().next()) {
        if (const auto stamp = HlcTimestamp::fromString(latest->value(0).toString()))
            m_hlc->observe(*stamp);
    }
    return success();
}

QString LibraryDatabase::stamp()
{
    return m_hlc->now().toString();
}

void LibraryDatabase::observe(const HlcTimestamp &remote)
{
    m_hlc->observe(remote);
}

QString LibraryDatabase::nowText() const
{
    return timeValue(m_clock.now()).toString();
}

Status LibraryDatabase::transaction(const std::function<Status()> &body)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("lectern_%1").arg(m_transactionDepth);
    const qsizetype changeMark = m_uncommitted.size();
    if (const Status s = execPlain(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint); !s)
        return s;
    ++m_transactionDepth;
    Status result = body();
    --m_transactionDepth;

    if (result) {
        const Status ended = outermost ? execPlain(QStringLiteral("COMMIT")) : execPlain(QStringLiteral("RELEASE ") + savepoint);
        if (ended) {
            if (outermost) {
                m_committed.append(m_uncommitted);
                m_uncommitted.clear();
            }
            return result;
        }
        // A deferred foreign key check fails at COMMIT, which leaves the transaction open.
        result = ended;
    }
    if (outermost) {
        (void)execPlain(QStringLiteral("ROLLBACK"));
    } else {
        (void)execPlain(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)execPlain(QStringLiteral("RELEASE ") + savepoint);
    }
    m_uncommitted.resize(changeMark);
    return result;
}

void LibraryDatabase::changed(LibraryChange::Kind kind, const QString &id)
{
    const LibraryChange change{kind, id};
    if (!m_uncommitted.contains(change))
        m_uncommitted.append(change);
}

QList<LibraryChange> LibraryDatabase::takeChanges()
{
    QList<LibraryChange> unique;
    for (const LibraryChange &change : std::as_const(m_committed)) {
        if (!unique.contains(change))
            unique.append(change);
    }
    m_committed.clear();
    return unique;
}

Result<QSqlQuery> LibraryDatabase::exec(const QString &sql, const QVariantList &values) const
{
    auto query = prepare(sql);
    if (!query)
        return query;
    if (const Status s = run(query.value(), values); !s)
        return s.error();
    return query;
}

Result<QSqlQuery> LibraryDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(tr("Could not prepare a library query"), query);
    return query;
}

Status LibraryDatabase::run(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        // QtSql binds a null QString as SQL NULL; text columns here mean "" by it. A real NULL
        // is asked for with an invalid QVariant (textOrNull, timeValue).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        return sqlError(tr("A library query failed"), query);
    return success();
}

Status LibraryDatabase::execOne(const QString &sql, const QVariantList &values, const Error &missing)
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return missing;
    return success();
}

Status LibraryDatabase::execPlain(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(tr("Could not run \"%1\" on the library").arg(sql), query);
    return success();
}

Error LibraryDatabase::sqlError(const QString &what, const QSqlQuery &query) const
{
    qCWarning(lcLibrary) << what << query.lastQuery().simplified().left(120) << query.lastError().text();
    return {QStringLiteral("database_error"),
            tr("%1 (%2): %3").arg(what, m_path, query.lastError().text())};
}

QVariant LibraryDatabase::timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime LibraryDatabase::timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QVariant LibraryDatabase::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace lectern
