#pragma once

#include "base/Result.h"
#include "server/DatabaseSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace lectern::server {

// The server's connection to PostgreSQL (QPSQL), owned by the thread that created it.
// Opens and migrates the schema at start, and answers "is the database there?" for /healthz,
// reconnecting once if the connection was lost (PostgreSQL restarted, backend terminated).
class ServerDatabase
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::ServerDatabase)

public:
    // Where the server's schema migrations are compiled in.
    static constexpr QLatin1StringView kMigrationDirectory{":/migrations/server"};

    explicit ServerDatabase(DatabaseSettings settings);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Connects. Fails with `database_driver_missing` or `database_unreachable`; the message names
    // the host and port and gives the driver's reason.
    Status open();
    // Applies the server's migrations; returns the schema version reached. Safe to run from
    // several instances at once (the migrator takes an advisory lock).
    Result<int> migrate();
    // Runs SELECT 1, reconnecting once if that fails. `database_unreachable` when it still fails.
    Status check();

    // This database's identity from server_info, created by the first migration.
    Result<QString> databaseId() const;

    const DatabaseSettings &settings() const { return m_settings; }
    QSqlDatabase connection() const { return m_db; }

private:
    Status connect();
    Error unreachable(const QString &reason) const;

    DatabaseSettings m_settings;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace lectern::server
