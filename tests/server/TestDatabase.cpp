#include "TestDatabase.h"

#include "TestEnvironment.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrl>
#include <QUuid>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;

QSqlDatabase openConnection(const server::DatabaseSettings &settings, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setDatabaseName(settings.databaseName);
    db.setConnectOptions(u"options='-c client_min_messages=warning'"_s);
    db.open();
    return db;
}

Error sqlError(const QString &sql, const QSqlError &error)
{
    return {u"test_database"_s, sql + u": " + error.text()};
}
} // namespace

Result<std::unique_ptr<TestDatabase>> TestDatabase::create()
{
    const QString url = databaseUrl();
    if (url.isEmpty())
        return Error{u"no_test_database"_s,
                     u"LECTERN_TEST_DATABASE_URL is not set. The server tests need a real PostgreSQL: run them "
                     u"through scripts/test, which starts a throwaway cluster and sets it."_s};
    const auto admin = server::DatabaseSettings::fromUrl(url);
    if (!admin)
        return admin.error();

    std::unique_ptr<TestDatabase> database(new TestDatabase);
    database->m_admin = *admin;
    database->m_name = u"lectern_test_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    database->m_settings = *admin;
    database->m_settings.databaseName = database->m_name;
    database->m_adminConnection = u"test-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QSqlDatabase adminDb = openConnection(*admin, database->m_adminConnection);
    if (!adminDb.isOpen())
        return Error{u"no_test_database"_s, u"Cannot reach the test PostgreSQL at "_s + url + u": " + adminDb.lastError().text()};
    if (const Status created = database->execAdmin(u"CREATE DATABASE "_s + database->m_name); !created)
        return created.error();
    return database;
}

TestDatabase::~TestDatabase()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    // FORCE ends the sessions a test may have left behind (PostgreSQL 13 and later).
    const Status dropped = execAdmin(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)");
    if (!dropped)
        qWarning("Could not drop test database: %s", qPrintable(dropped.error().message));
    QSqlDatabase::database(m_adminConnection, false).close();
    QSqlDatabase::removeDatabase(m_adminConnection);
}

QString TestDatabase::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_settings.user);
    url.setPassword(m_settings.password);
    url.setHost(m_settings.host);
    url.setPort(m_settings.port);
    url.setPath(u'/' + m_name);
    return url.toString();
}

Status TestDatabase::execAdmin(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_adminConnection, false));
    if (!query.exec(sql))
        return sqlError(sql, query.lastError());
    return success();
}

Result<QVariant> TestDatabase::scalar(const QString &sql)
{
    if (m_connection.isEmpty()) {
        m_connection = u"test-db-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        openConnection(m_settings, m_connection);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() && !db.open())
        return sqlError(sql, db.lastError());
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(sql, query.lastError());
    if (!query.next())
        return Error{u"test_database"_s, sql + u": no rows"};
    return query.value(0);
}

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace lectern::test
