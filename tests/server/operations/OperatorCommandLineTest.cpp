// How the operator's flags and admin words are read, before anything runs.
#include "server/ExitCode.h"
#include "server/ServerCommandLine.h"
#include "server/ServerConfigLoader.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::server;
using namespace Qt::Literals::StringLiterals;

namespace {
Result<ServerCommandLine::Request> parse(const QStringList &arguments)
{
    ServerCommandLine commandLine;
    return commandLine.parse(QStringList{u"lectern-server"_s} + arguments);
}
} // namespace

TEST(OperatorCommandLineTest, AdminWordsAndTheirOptionsAreCollected)
{
    const auto request = parse({u"--database-url"_s, u"postgresql://db/lectern"_s, u"admin"_s, u"user"_s, u"create"_s,
                                u"ada"_s, u"--password-file"_s, u"/run/secret"_s});
    ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
    EXPECT_EQ(request->action, ServerCommandLine::Action::Admin);
    EXPECT_EQ(request->admin.words, (QStringList{u"user"_s, u"create"_s, u"ada"_s}));
    EXPECT_EQ(request->admin.passwordFile, u"/run/secret"_s);
    EXPECT_FALSE(request->admin.assumeYes);
    EXPECT_EQ(request->options.databaseUrl, u"postgresql://db/lectern"_s);

    const auto deletion = parse({u"admin"_s, u"user"_s, u"delete"_s, u"ada"_s, u"--yes"_s});
    ASSERT_TRUE(deletion.ok());
    EXPECT_TRUE(deletion->admin.assumeYes);
}

TEST(OperatorCommandLineTest, AdminOnlyOptionsWithoutAdminAreUsageErrors)
{
    for (const QStringList &arguments : {QStringList{u"--yes"_s}, QStringList{u"--password-file"_s, u"f"_s},
                                         QStringList{u"user"_s, u"create"_s, u"ada"_s}}) {
        const auto request = parse(arguments);
        ASSERT_FALSE(request.ok()) << arguments.join(u' ').toStdString();
        EXPECT_EQ(exitCodeFor(request.error()), ExitUsage);
    }
}

TEST(OperatorCommandLineTest, TlsNeedsBothFilesAndNamesWhereTheyCameFrom)
{
    CommandLineOptions flags;
    flags.databaseUrl = u"postgresql://db/lectern"_s;
    flags.tlsCertificate = u"/nonexistent/cert.pem"_s;
    const auto certificateOnly = ServerConfigLoader::load(flags, QProcessEnvironment());
    ASSERT_FALSE(certificateOnly.ok());
    EXPECT_EQ(exitCodeFor(certificateOnly.error()), ExitUsage);
    EXPECT_TRUE(certificateOnly.error().message.startsWith(u"--tls-cert: "_s)) << certificateOnly.error().message.toStdString();

    // The key from the environment, the certificate from the flag: both sources are named.
    QProcessEnvironment environment;
    environment.insert(u"LECTERN_TLS_KEY"_s, u"/nonexistent/key.pem"_s);
    const auto missingFiles = ServerConfigLoader::load(flags, environment);
    ASSERT_FALSE(missingFiles.ok());
    EXPECT_TRUE(missingFiles.error().message.contains(u"--tls-cert and LECTERN_TLS_KEY"_s))
        << missingFiles.error().message.toStdString();
    EXPECT_TRUE(missingFiles.error().message.contains(u"/nonexistent/cert.pem"_s));

    // Without TLS settings the server stays plain.
    flags.tlsCertificate.reset();
    const auto plain = ServerConfigLoader::load(flags, QProcessEnvironment());
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain->tls.has_value());
}

TEST(OperatorCommandLineTest, AdminExitCodesAreDistinct)
{
    EXPECT_EQ(exitCodeFor({u"not_found"_s, {}}), ExitNotFound);
    EXPECT_EQ(exitCodeFor({u"username_taken"_s, {}}), ExitNameTaken);
    EXPECT_EQ(exitCodeFor({u"cancelled"_s, {}}), ExitCancelled);
    EXPECT_EQ(exitCodeFor({u"weak_password"_s, {}}), ExitUsage);
    EXPECT_EQ(exitCodeFor({u"password_mismatch"_s, {}}), ExitUsage);
    EXPECT_EQ(exitCodeFor({u"database_query_failed"_s, {}}), ExitDatabase);
    EXPECT_EQ(exitCodeFor({u"internal_error"_s, {}}), ExitDatabase);
}
