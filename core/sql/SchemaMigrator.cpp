#include "sql/SchemaMigrator.h"

#include "sql/SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrations, "lectern.sql.migrations")

namespace lectern {

namespace {
Error sqlError(const QString &what, const QSqlError &error)
{
    return {QStringLiteral("database_error"), what + QStringLiteral(": ") + error.text()};
}

// Serialises migrations between server instances that start at the same time on one PostgreSQL.
constexpr qint64 kPostgresMigrationLock = 0x4c65637465726e; // "Lectern"
} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db, QString resourceDirectory)
    : m_db(std::move(db)), m_directory(std::move(resourceDirectory))
{
}

Result<QList<SchemaMigrator::Migration>> SchemaMigrator::migrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> found;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            return Error{QStringLiteral("migration_name"), tr("Migration file %1 is not named NNNN_name.sql.").arg(file)};
        found.append({match.captured(1).toInt(), match.captured(2), QDir(m_directory).filePath(file)});
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found[i].version != i + 1)
            return Error{QStringLiteral("migration_sequence"),
                         tr("Migrations in %1 must be numbered 1, 2, 3, ... without gaps; found %2 at position %3.")
                             .arg(m_directory).arg(found[i].version).arg(i + 1)};
    }
    return found;
}

int SchemaMigrator::latestVersion() const
{
    const auto all = migrations();
    return all ? int(all->size()) : 0;
}

Status SchemaMigrator::ensureVersionTable()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   " version INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL,"
                                   " applied_at TEXT NOT NULL)")))
        return sqlError(tr("Could not create the schema version table"), query.lastError());
    return success();
}

Result<int> SchemaMigrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (!m_db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return sqlError(tr("Could not read the schema version"), query.lastError());
    return query.value(0).toInt();
}

Result<int> SchemaMigrator::migrate(int targetVersion)
{
    const auto all = migrations();
    if (!all)
        return all.error();
    if (targetVersion < 0)
        targetVersion = int(all->size());

    // Server instances that start together on one PostgreSQL take turns for the whole run,
    // creating the version table included: two concurrent CREATE TABLE IF NOT EXISTS can still
    // collide in PostgreSQL's catalogue. The lock belongs to the session, so a dropped connection
    // releases it.
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    QSqlQuery lock(m_db);
    if (postgres && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kPostgresMigrationLock)))
        return sqlError(tr("Could not lock the schema for migration"), lock.lastError());
    const auto unlock = qScopeGuard([&] {
        if (postgres)
            lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kPostgresMigrationLock));
    });

    if (const Status s = ensureVersionTable(); !s)
        return s.error();
    const auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > all->size())
        return Error{QStringLiteral("schema_too_new"),
                     tr("The database is at schema version %1, but this version of Lectern only knows up to %2. "
                        "Update Lectern to open it.").arg(*current).arg(all->size())};
    for (const Migration &migration : *all) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        if (const Status s = apply(migration); !s)
            return s.error();
    }
    return currentVersion();
}

Status SchemaMigrator::apply(const Migration &migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("migration_missing"), tr("Could not read migration %1.").arg(migration.path)};
    const QString script = QString::fromUtf8(file.readAll());

    if (!m_db.transaction())
        return sqlError(tr("Could not start a transaction for migration %1").arg(migration.version), m_db.lastError());
    auto rollback = [this](Error error) {
        m_db.rollback();
        return error;
    };

    QSqlQuery query(m_db);
    if (const Status s = execScript(script); !s)
        return rollback({s.error().code, tr("Migration %1 (%2) failed: %3")
                                              .arg(migration.version).arg(migration.name, s.error().message)});

    query.prepare(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return rollback(sqlError(tr("Could not record migration %1").arg(migration.version), query.lastError()));
    if (!m_db.commit())
        return rollback(sqlError(tr("Could not commit migration %1").arg(migration.version), m_db.lastError()));
    qCInfo(lcMigrations) << "applied migration" << migration.version << migration.name << "to" << m_db.connectionName();
    return success();
}

Status SchemaMigrator::execScript(const QString &script)
{
    // PostgreSQL runs a whole script in one call (and dollar-quoted function bodies would confuse a
    // splitter); SQLite runs one statement per call.
    const QStringList statements = m_db.driverName() == QLatin1String("QSQLITE") ? splitSqliteScript(script)
                                                                                  : QStringList{script};
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return sqlError(statement.left(80).simplified(), query.lastError());
    }
    return success();
}

} // namespace lectern
