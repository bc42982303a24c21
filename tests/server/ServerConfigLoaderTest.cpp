#include "server/ServerConfigLoader.h"

#include "server/ExitCode.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::server;
using namespace Qt::Literals::StringLiterals;

namespace {
class ServerConfigLoaderTest : public ::testing::Test
{
protected:
    QString writeIni(const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"lectern-server.conf"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    Result<ServerConfig> load() { return ServerConfigLoader::load(m_flags, m_environment); }

    QTemporaryDir m_dir;
    CommandLineOptions m_flags;
    QProcessEnvironment m_environment;
};
} // namespace

TEST_F(ServerConfigLoaderTest, DefaultsNeedOnlyADatabase)
{
    m_flags.databaseUrl = u"postgresql://u@h/d"_s;
    const auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->listen.toString(), u"127.0.0.1:8420"_s);
    EXPECT_EQ(config->database.databaseName, u"d"_s);
    EXPECT_TRUE(config->configFile.isEmpty());
}

TEST_F(ServerConfigLoaderTest, ChatIsStoredUnlessTheBenchmarkFlagSaysOtherwise)
{
    m_flags.databaseUrl = u"postgresql://u@h/d"_s;
    EXPECT_FALSE(load()->chatWithoutStorage);
    m_flags.benchmarkChatWithoutStorage = true;
    EXPECT_TRUE(load()->chatWithoutStorage);
}

TEST_F(ServerConfigLoaderTest, WithoutADatabaseSaysHowToSetOne)
{
    const auto config = load();
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, u"config_invalid"_s);
    EXPECT_EQ(exitCodeFor(config.error()), ExitUsage);
    EXPECT_TRUE(config.error().message.contains(u"--database-url"_s));
    EXPECT_TRUE(config.error().message.contains(u"LECTERN_DATABASE_URL"_s));
}

TEST_F(ServerConfigLoaderTest, FlagsBeatEnvironmentBeatsFileBeatsDefaults)
{
    m_flags.configFile = writeIni("[server]\nlisten = 127.0.0.1:1001\n[database]\nurl = postgresql://u@h/from_file\n");

    auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->listen.port, 1001);
    EXPECT_EQ(config->database.databaseName, u"from_file"_s);
    EXPECT_EQ(config->configFile, *m_flags.configFile);

    m_environment.insert(u"LECTERN_LISTEN"_s, u"127.0.0.1:1002"_s);
    m_environment.insert(u"LECTERN_DATABASE_URL"_s, u"postgresql://u@h/from_env"_s);
    config = load();
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->listen.port, 1002);
    EXPECT_EQ(config->database.databaseName, u"from_env"_s);

    m_flags.listen = u"127.0.0.1:1003"_s;
    m_flags.databaseUrl = u"postgresql://u@h/from_flag"_s;
    config = load();
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->listen.port, 1003);
    EXPECT_EQ(config->database.databaseName, u"from_flag"_s);
}

TEST_F(ServerConfigLoaderTest, EmptyEnvironmentVariablesCountAsUnset)
{
    m_flags.configFile = writeIni("[database]\nurl = postgresql://u@h/from_file\n");
    m_environment.insert(u"LECTERN_DATABASE_URL"_s, QString());
    m_environment.insert(u"LECTERN_LISTEN"_s, QString());
    const auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->database.databaseName, u"from_file"_s);
    EXPECT_EQ(config->listen.port, ListenAddress::kDefaultPort);
}

TEST_F(ServerConfigLoaderTest, TheFileCanComeFromTheEnvironment)
{
    m_environment.insert(u"LECTERN_CONFIG"_s,
                         writeIni("[database]\nurl = \"postgresql://u:pa,ss@h/from_env_file\"\n"));
    const auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->database.databaseName, u"from_env_file"_s);
    EXPECT_EQ(config->database.password, u"pa,ss"_s);
}

TEST_F(ServerConfigLoaderTest, UnquotedCommasSurvive)
{
    m_flags.configFile = writeIni("[database]\nurl = postgresql://u:a,b@h/d\n");
    const auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->database.password, u"a,b"_s);
}

TEST_F(ServerConfigLoaderTest, ErrorsNameWhereTheBadValueCameFrom)
{
    m_flags.configFile = writeIni("[server]\nlisten = nowhere\n[database]\nurl = postgresql://u@h/d\n");
    auto config = load();
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, u"config_invalid"_s);
    EXPECT_TRUE(config.error().message.contains(u"server/listen"_s)) << config.error().message.toStdString();
    EXPECT_TRUE(config.error().message.contains(*m_flags.configFile));
    EXPECT_TRUE(config.error().message.contains(u"nowhere"_s));

    m_environment.insert(u"LECTERN_LISTEN"_s, u"also-nowhere"_s);
    config = load();
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().message.startsWith(u"LECTERN_LISTEN"_s)) << config.error().message.toStdString();

    m_flags.listen = u"127.0.0.1:1"_s;
    m_flags.databaseUrl = u"postgresql://u@h"_s;
    config = load();
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().message.startsWith(u"--database-url"_s)) << config.error().message.toStdString();
}

TEST_F(ServerConfigLoaderTest, AMissingFileIsAnError)
{
    m_flags.configFile = m_dir.filePath(u"absent.conf"_s);
    m_flags.databaseUrl = u"postgresql://u@h/d"_s;
    const auto config = load();
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(exitCodeFor(config.error()), ExitUsage);
    EXPECT_TRUE(config.error().message.contains(u"absent.conf"_s));
    EXPECT_TRUE(config.error().message.contains(u"--config"_s));

    m_flags.configFile.reset();
    m_environment.insert(u"LECTERN_CONFIG"_s, m_dir.path());
    const auto directory = load();
    ASSERT_FALSE(directory.ok());
    EXPECT_TRUE(directory.error().message.contains(u"LECTERN_CONFIG"_s));
}

TEST_F(ServerConfigLoaderTest, AMisspeltKeyIsAnError)
{
    m_flags.configFile = writeIni("[server]\nlisen = 127.0.0.1:1\n[database]\nurl = postgresql://u@h/d\n");
    const auto config = load();
    ASSERT_FALSE(config.ok());
    EXPECT_TRUE(config.error().message.contains(u"server/lisen"_s)) << config.error().message.toStdString();
    EXPECT_TRUE(config.error().message.contains(u"server/listen"_s));
}

TEST_F(ServerConfigLoaderTest, TokenLifetimesComeFromFlagsEnvironmentOrFile)
{
    m_flags.configFile = writeIni("[database]\nurl = postgresql://u@h/d\n[accounts]\ntoken_idle_days = 7\n"
                                  "token_lifetime_days = 90\n");
    auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->accounts.tokenIdleLifetime, std::chrono::hours(24 * 7));
    EXPECT_EQ(config->accounts.tokenAbsoluteLifetime, std::chrono::hours(24 * 90));

    m_environment.insert(u"LECTERN_TOKEN_IDLE_DAYS"_s, u"14"_s);
    m_flags.tokenLifetimeDays = u"365"_s;
    config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->accounts.tokenIdleLifetime, std::chrono::hours(24 * 14));
    EXPECT_EQ(config->accounts.tokenAbsoluteLifetime, std::chrono::hours(24 * 365));
}

TEST_F(ServerConfigLoaderTest, TokenLifetimesDefaultToThirtyAndOneHundredEightyDays)
{
    m_flags.databaseUrl = u"postgresql://u@h/d"_s;
    const auto config = load();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->accounts.tokenIdleLifetime, std::chrono::hours(24 * 30));
    EXPECT_EQ(config->accounts.tokenAbsoluteLifetime, std::chrono::hours(24 * 180));
}

TEST_F(ServerConfigLoaderTest, ABadTokenLifetimeNamesItsSource)
{
    m_flags.databaseUrl = u"postgresql://u@h/d"_s;
    for (const QString &bad : {u"0"_s, u"-3"_s, u"thirty"_s, u"3651"_s}) {
        m_environment.insert(u"LECTERN_TOKEN_IDLE_DAYS"_s, bad);
        const auto config = load();
        ASSERT_FALSE(config.ok()) << bad.toStdString();
        EXPECT_EQ(config.error().code, u"config_invalid"_s);
        EXPECT_TRUE(config.error().message.contains(u"LECTERN_TOKEN_IDLE_DAYS"_s)) << config.error().message.toStdString();
    }
}
