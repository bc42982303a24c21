// The installed binary as a shell script would see it: output streams and exit codes.
#include <lectern/Version.h>

#include <gtest/gtest.h>

#include <QProcess>
#include <QTemporaryDir>

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &dataDir = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("LECTERN_DATA_DIR"), dataDir);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_CLI_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(30'000)) << "lectern-cli did not finish";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST(CliProcess, VersionPrintsTheReleaseOnStdout)
{
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("lectern-cli ") + QLatin1String(lectern::kVersion));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliProcess, HelpListsTheCommandsAndExitCodes)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Commands:")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("  list")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit codes")));
}

TEST(CliProcess, NoCommandIsAUsageErrorWithHelpOnStderr)
{
    const CliRun run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("Commands:")));
}

TEST(CliProcess, UnknownCommandAndUnknownOptionAreUsageErrors)
{
    const CliRun unknownCommand = runCli({QStringLiteral("fly")});
    EXPECT_EQ(unknownCommand.exitCode, 2);
    EXPECT_TRUE(unknownCommand.err.contains(QStringLiteral("unknown command \"fly\"")));
    const CliRun unknownOption = runCli({QStringLiteral("--fly")});
    EXPECT_EQ(unknownOption.exitCode, 2);
    EXPECT_TRUE(unknownOption.err.contains(QStringLiteral("fly")));
}

TEST(CliProcess, ListUsesTheLibraryNamedByTheEnvironment)
{
    QTemporaryDir dir;
    const CliRun run = runCli({QStringLiteral("list")}, dir.path());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("library.sqlite"))))
        << "the library should have been created where LECTERN_DATA_DIR points";
}
