#include "server/DatabaseSettings.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::server;
using namespace Qt::Literals::StringLiterals;

namespace {
DatabaseSettings parsed(const QString &url)
{
    const auto result = DatabaseSettings::fromUrl(url);
    EXPECT_TRUE(result.ok()) << url.toStdString() << ": " << result.error().message.toStdString();
    return result.ok() ? *result : DatabaseSettings{};
}

Error rejected(const QString &url)
{
    const auto result = DatabaseSettings::fromUrl(url);
    EXPECT_FALSE(result.ok()) << url.toStdString() << " was accepted";
    return result.ok() ? Error{} : result.error();
}
} // namespace

TEST(DatabaseSettingsTest, ReadsEveryPartOfAFullUrl)
{
    const DatabaseSettings settings = parsed(u"postgresql://lectern:s3cret@db.example.org:6543/lectern_prod"_s);
    EXPECT_EQ(settings.user, u"lectern"_s);
    EXPECT_EQ(settings.password, u"s3cret"_s);
    EXPECT_EQ(settings.host, u"db.example.org"_s);
    EXPECT_EQ(settings.port, 6543);
    EXPECT_EQ(settings.databaseName, u"lectern_prod"_s);
    EXPECT_EQ(settings.connectTimeoutSeconds, DatabaseSettings::kDefaultConnectTimeoutSeconds);
}

TEST(DatabaseSettingsTest, PortAndPasswordAreOptional)
{
    const DatabaseSettings settings = parsed(u"postgresql://postgres@127.0.0.1/postgres"_s);
    EXPECT_EQ(settings.port, 5432);
    EXPECT_TRUE(settings.password.isEmpty());
    EXPECT_EQ(parsed(u"postgres://u@h/d"_s).databaseName, u"d"_s);
}

TEST(DatabaseSettingsTest, PercentEncodedPartsAreDecoded)
{
    const DatabaseSettings settings = parsed(u"postgresql://stu%40dent:p%3Ass%2Fw@localhost/my%20db"_s);
    EXPECT_EQ(settings.user, u"stu@dent"_s);
    EXPECT_EQ(settings.password, u"p:ss/w"_s);
    EXPECT_EQ(settings.databaseName, u"my db"_s);
}

TEST(DatabaseSettingsTest, SocketDirectoryFromTheHostParameter)
{
    const DatabaseSettings settings = parsed(u"postgresql://postgres@/lectern?host=/var/run/postgresql"_s);
    EXPECT_EQ(settings.host, u"/var/run/postgresql"_s);
    EXPECT_EQ(settings.databaseName, u"lectern"_s);
    EXPECT_TRUE(settings.location().contains(u"/var/run/postgresql"_s));
    const DatabaseSettings withPort = parsed(u"postgresql://postgres@:5433/lectern?host=/tmp/pg"_s);
    EXPECT_EQ(withPort.port, 5433);
    EXPECT_EQ(withPort.host, u"/tmp/pg"_s);
}

TEST(DatabaseSettingsTest, IPv6HostsAndConnectTimeout)
{
    const DatabaseSettings settings = parsed(u"postgresql://u@[::1]:5433/d?connect_timeout=3"_s);
    EXPECT_EQ(settings.host, u"::1"_s);
    EXPECT_EQ(settings.port, 5433);
    EXPECT_EQ(settings.connectTimeoutSeconds, 3);
    EXPECT_EQ(settings.location(), u"[::1]:5433"_s);
}

TEST(DatabaseSettingsTest, MalformedUrlsAreRejectedWithTheReason)
{
    EXPECT_TRUE(rejected(u""_s).message.contains(u"empty"_s));
    EXPECT_TRUE(rejected(u"mysql://u@h/d"_s).message.contains(u"mysql"_s));
    EXPECT_TRUE(rejected(u"postgresql://u@h"_s).message.contains(u"database name"_s));
    EXPECT_TRUE(rejected(u"postgresql://u@h/"_s).message.contains(u"database name"_s));
    EXPECT_TRUE(rejected(u"postgresql://u@h/a/b"_s).message.contains(u"a/b"_s));
    EXPECT_FALSE(rejected(u"postgresql://u@h:notaport/d"_s).message.isEmpty());
    EXPECT_FALSE(rejected(u"postgresql://u@h:0/d"_s).message.isEmpty());
    EXPECT_TRUE(rejected(u"postgresql://u@h/d?sslmode=require"_s).message.contains(u"sslmode"_s));
    EXPECT_TRUE(rejected(u"postgresql://u@h/d?connect_timeout=soon"_s).message.contains(u"connect_timeout"_s));
    EXPECT_FALSE(rejected(u"postgresql:lectern"_s).message.isEmpty());
    EXPECT_FALSE(rejected(u"just some text"_s).message.isEmpty());
    for (const QString &url : {u"mysql://u@h/d"_s, u"postgresql://u@h"_s})
        EXPECT_EQ(rejected(url).code, u"invalid_database_url"_s);
}

TEST(DatabaseSettingsTest, PasswordsNeverAppearInMessages)
{
    for (const QString &url : {u"postgresql://u:hunter2@h:99999/d"_s, u"postgresql://u:hunter2@h/"_s,
                               u"mysql://u:hunter2@h/d"_s, u"postgresql://u:hunter2@h/d?x=1"_s}) {
        const Error error = rejected(url);
        EXPECT_FALSE(error.message.contains(u"hunter2"_s)) << error.message.toStdString();
    }
    const DatabaseSettings settings = parsed(u"postgresql://u:hunter2@h:1234/d"_s);
    EXPECT_FALSE(settings.redactedUrl().contains(u"hunter2"_s));
    EXPECT_EQ(settings.redactedUrl(), u"postgresql://u:***@h:1234/d"_s);
}
