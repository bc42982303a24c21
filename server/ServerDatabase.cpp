#include "server/ServerDatabase.h"

#include "server/ServerLogging.h"
#include "sql/SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

constexpr QLatin1StringView kDriver("QPSQL");

// libpq's messages span several lines with tabs; a startup failure must fit on one line.
QString oneLine(const QString &text)
{
    return text.simplified();
}
} // namespace

ServerDatabase::ServerDatabase(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_connectionName(u"lectern-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerDatabase::~ServerDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error ServerDatabase::unreachable(const QString &reason) const
{
    return {u"database_unreachable"_s,
            tr("Could not connect to PostgreSQL at %1 (database \"%2\", user \"%3\"): %4")
                .arg(m_settings.location(), m_settings.databaseName,
                     m_settings.user.isEmpty() ? tr("(default)") : m_settings.user, oneLine(reason))};
}

Status ServerDatabase::open()
{
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return Error{u"database_driver_missing"_s,
                     tr("The Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql.")};
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_db.setHostName(m_settings.host);
    m_db.setPort(m_settings.port);
    m_db.setUserName(m_settings.user);
    m_db.setPassword(m_settings.password);
    m_db.setDatabaseName(m_settings.databaseName);
    // application_name lets an operator find the server's sessions in pg_stat_activity;
    // client_min_messages keeps libpq from printing NOTICEs (e.g. "already exists, skipping")
    // on stderr, where they would look like problems.
    m_db.setConnectOptions(u"connect_timeout=%1;application_name=lectern-server;"
                           u"options='-c client_min_messages=warning'"_s.arg(m_settings.connectTimeoutSeconds));
    return connect();
}

Status ServerDatabase::connect()
{
    if (!m_db.open())
        return unreachable(m_db.lastError().databaseText().isEmpty() ? m_db.lastError().text()
                                                                      : m_db.lastError().databaseText());
    qCDebug(lcServerDatabase).noquote() << "connected to" << m_settings.redactedUrl();
    return success();
}

Result<int> ServerDatabase::migrate()
{
    // The migrator serialises instances that start together on this database.
    SchemaMigrator migrator(m_db, QString(kMigrationDirectory));
    const auto reached = migrator.migrate();
    if (!reached)
        return Error{u"database_migration_failed"_s,
                     tr("Could not bring the database %1 at %2 to the current schema: %3")
                         .arg(m_settings.databaseName, m_settings.location(), oneLine(reached.error().message))};
    return reached;
}

Status ServerDatabase::check()
{
    QSqlQuery probe(m_db);
    if (m_db.isOpen() && probe.exec(u"SELECT 1"_s) && probe.next())
        return success();
    qCWarning(lcServerDatabase).noquote() << "database check failed:" << oneLine(probe.lastError().text())
                                          << "- reconnecting";
    probe = QSqlQuery();
    m_db.close();
    if (const Status reconnected = connect(); !reconnected)
        return reconnected;
    QSqlQuery retry(m_db);
    if (retry.exec(u"SELECT 1"_s) && retry.next())
        return success();
    return unreachable(retry.lastError().text());
}

Result<QString> ServerDatabase::databaseId() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT database_id FROM server_info"_s) || !query.next())
        return Error{u"database_error"_s,
                     tr("Could not read server_info from %1: %2").arg(m_settings.databaseName, oneLine(query.lastError().text()))};
    return query.value(0).toString();
}

} // namespace lectern::server
