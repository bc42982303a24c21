#pragma once

#include "base/Result.h"
#include "server/DatabaseSettings.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace lectern::test {

// A database of its own on the PostgreSQL cluster that scripts/test started
// (LECTERN_TEST_DATABASE_URL), created for one test and dropped after it, so tests can run in
// parallel without seeing each other's data.
class TestDatabase
{
public:
    // Fails with a message telling to run scripts/test when LECTERN_TEST_DATABASE_URL is unset.
    static Result<std::unique_ptr<TestDatabase>> create();
    ~TestDatabase();

    QString name() const { return m_name; }
    server::DatabaseSettings settings() const { return m_settings; }
    QString url() const;
    // The cluster's maintenance database, for statements about the test database itself.
    server::DatabaseSettings adminSettings() const { return m_admin; }

    // Runs `sql` on the maintenance database (e.g. ALTER DATABASE, pg_terminate_backend).
    Status execAdmin(const QString &sql);
    // The first column of the first row of `sql`, run in the test database.
    Result<QVariant> scalar(const QString &sql);

private:
    TestDatabase() = default;

    server::DatabaseSettings m_admin;
    server::DatabaseSettings m_settings;
    QString m_name;
    QString m_adminConnection;
    QString m_connection;
};

// An unused TCP port on 127.0.0.1 (nothing listens on it when this returns).
quint16 unusedPort();

} // namespace lectern::test
