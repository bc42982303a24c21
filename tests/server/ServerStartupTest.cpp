#include "ServerFixture.h"

#include "server/ExitCode.h"

#include <QTcpServer>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

using ServerStartupTest = ServerFixture;

TEST_F(ServerStartupTest, AppliesMigrationsOnFirstStartOnly)
{
    server::LecternServer &first = startServer();
    ASSERT_TRUE(first.isListening());
    EXPECT_GE(first.schemaVersion(), 1);
    const int version = first.schemaVersion();
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM schema_version"_s)->toInt(), version);
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM server_info"_s)->toInt(), 1);
    const QString appliedAt = m_database->scalar(u"SELECT applied_at FROM schema_version WHERE version = 1"_s)->toString();
    const QString databaseId = m_database->scalar(u"SELECT database_id FROM server_info"_s)->toString();
    EXPECT_FALSE(databaseId.isEmpty());
    stopServer();

    server::LecternServer &second = startServer();
    ASSERT_TRUE(second.isListening());
    EXPECT_EQ(second.schemaVersion(), version);
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM schema_version"_s)->toInt(), version);
    EXPECT_EQ(m_database->scalar(u"SELECT applied_at FROM schema_version WHERE version = 1"_s)->toString(), appliedAt);
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM server_info"_s)->toInt(), 1);
    EXPECT_EQ(m_database->scalar(u"SELECT database_id FROM server_info"_s)->toString(), databaseId);
}

TEST_F(ServerStartupTest, AnUnreachableDatabaseIsADatabaseError)
{
    server::ServerConfig config = this->config();
    config.database.port = unusedPort();
    server::LecternServer server(config, m_clock);
    const Status started = server.start();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().code, u"database_unreachable"_s);
    EXPECT_EQ(server::exitCodeFor(started.error()), server::ExitDatabase);
    const QString where = u"127.0.0.1:%1"_s.arg(config.database.port);
    EXPECT_TRUE(started.error().message.contains(where)) << started.error().message.toStdString();
    EXPECT_FALSE(started.error().message.contains(u'\n'));
    EXPECT_FALSE(server.isListening());
}

TEST_F(ServerStartupTest, AMissingDatabaseNamesTheDatabase)
{
    server::ServerConfig config = this->config();
    config.database.databaseName = m_database->name() + u"_missing";
    server::LecternServer server(config, m_clock);
    const Status started = server.start();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(server::exitCodeFor(started.error()), server::ExitDatabase);
    EXPECT_TRUE(started.error().message.contains(config.database.databaseName)) << started.error().message.toStdString();
}

TEST_F(ServerStartupTest, APortInUseIsAListenError)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    server::ServerConfig config = this->config();
    config.listen.port = occupant.serverPort();
    server::LecternServer server(config, m_clock);
    const Status started = server.start();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().code, u"listen_failed"_s);
    EXPECT_EQ(server::exitCodeFor(started.error()), server::ExitListen);
    EXPECT_TRUE(started.error().message.contains(u"127.0.0.1:%1"_s.arg(occupant.serverPort())))
        << started.error().message.toStdString();
}

TEST_F(ServerStartupTest, TwoServersCanShareOneDatabase)
{
    // Several instances behind a load balancer use one PostgreSQL; the second must neither
    // migrate again nor fail.
    server::LecternServer &first = startServer();
    server::LecternServer second(config(), m_clock);
    const Status started = second.start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    EXPECT_EQ(second.schemaVersion(), first.schemaVersion());
    EXPECT_NE(second.port(), first.port());
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM server_info"_s)->toInt(), 1);
}
