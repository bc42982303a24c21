#include "server/ServerCommandLine.h"

#include "lectern/Version.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::server;
using namespace Qt::Literals::StringLiterals;

namespace {
Result<ServerCommandLine::Request> parse(QStringList arguments)
{
    arguments.prepend(u"lectern-server"_s);
    ServerCommandLine commandLine;
    return commandLine.parse(arguments);
}
} // namespace

TEST(ServerCommandLineTest, NoArgumentsMeansRunWithNothingSet)
{
    const auto request = parse({});
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->action, ServerCommandLine::Action::Run);
    EXPECT_FALSE(request->options.configFile.has_value());
    EXPECT_FALSE(request->options.listen.has_value());
    EXPECT_FALSE(request->options.databaseUrl.has_value());
}

TEST(ServerCommandLineTest, ReadsEveryOption)
{
    const auto request = parse({u"--config"_s, u"/etc/lectern.conf"_s, u"--listen=0.0.0.0:1"_s, u"--database-url"_s,
                                u"postgresql://u@h/d"_s, u"--token-idle-days=7"_s, u"--token-lifetime-days"_s, u"90"_s});
    ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
    EXPECT_EQ(request->options.tokenIdleDays, u"7"_s);
    EXPECT_EQ(request->options.tokenLifetimeDays, u"90"_s);
    EXPECT_EQ(request->options.configFile, u"/etc/lectern.conf"_s);
    EXPECT_EQ(request->options.listen, u"0.0.0.0:1"_s);
    EXPECT_EQ(request->options.databaseUrl, u"postgresql://u@h/d"_s);
}

TEST(ServerCommandLineTest, StoringChatIsOnlyTurnedOffByItsBenchmarkFlag)
{
    EXPECT_FALSE(parse({})->options.benchmarkChatWithoutStorage);
    const auto request = parse({u"--benchmark-chat-without-storage"_s});
    ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
    EXPECT_TRUE(request->options.benchmarkChatWithoutStorage);
    EXPECT_TRUE(ServerCommandLine().helpText().contains(u"never for real use"_s));
}

TEST(ServerCommandLineTest, AnEmptyValueIsStillGiven)
{
    // --listen "" is a mistake to report, not a reason to fall back to the environment.
    const auto request = parse({u"--listen"_s, u""_s});
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->options.listen, u""_s);
}

TEST(ServerCommandLineTest, HelpAndVersion)
{
    EXPECT_EQ(parse({u"--help"_s})->action, ServerCommandLine::Action::ShowHelp);
    EXPECT_EQ(parse({u"-h"_s})->action, ServerCommandLine::Action::ShowHelp);
    EXPECT_EQ(parse({u"--version"_s})->action, ServerCommandLine::Action::ShowVersion);
    EXPECT_EQ(ServerCommandLine::versionText(), u"lectern-server "_s + QLatin1StringView(kVersion));
    ServerCommandLine commandLine;
    EXPECT_TRUE(commandLine.helpText().contains(u"--database-url"_s));
}

TEST(ServerCommandLineTest, MistakesAreUsageErrors)
{
    for (const QStringList &arguments : {QStringList{u"--nope"_s}, QStringList{u"--listen"_s}, QStringList{u"serve"_s}}) {
        const auto request = parse(arguments);
        ASSERT_FALSE(request.ok()) << arguments.join(u' ').toStdString();
        EXPECT_EQ(request.error().code, u"usage"_s);
        EXPECT_TRUE(request.error().message.contains(u"--help"_s));
    }
}
