// The installed binary as a shell script would see it: output streams and exit codes.
#include "library/LibraryStore.h"

#include <lectern/Version.h>

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCliProcess(const QStringList &arguments, const QString &dataDir = QString())
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
    const CliRun run = runCliProcess({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("lectern-cli ") + QLatin1String(lectern::kVersion));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliProcess, HelpListsTheCommandsAndExitCodes)
{
    const CliRun run = runCliProcess({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--data-dir")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Commands:")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("  list")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit codes")));
}

TEST(CliProcess, NoCommandIsAUsageErrorWithHelpOnStderr)
{
    const CliRun run = runCliProcess({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("Commands:")));
}

TEST(CliProcess, UnknownCommandAndUnknownOptionAreUsageErrors)
{
    const CliRun unknownCommand = runCliProcess({QStringLiteral("fly")});
    EXPECT_EQ(unknownCommand.exitCode, 2);
    EXPECT_TRUE(unknownCommand.err.contains(QStringLiteral("unknown command \"fly\"")));
    const CliRun unknownOption = runCliProcess({QStringLiteral("--fly")});
    EXPECT_EQ(unknownOption.exitCode, 2);
    EXPECT_TRUE(unknownOption.err.contains(QStringLiteral("fly")));
}

TEST(CliProcess, ListUsesTheLibraryNamedByTheEnvironment)
{
    QTemporaryDir dir;
    const CliRun run = runCliProcess({QStringLiteral("list")}, dir.path());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("library.sqlite"))))
        << "the library should have been created where LECTERN_DATA_DIR points";
}

// PDF needs fonts: the command line lays it out offscreen, with no display to connect to.
TEST(CliProcess, ExportsAPdfWithoutADisplay)
{
    QTemporaryDir dir;
    QString lectureId;
    {
        auto store = lectern::LibraryStore::open(dir.path());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        lectern::Lecture draft;
        draft.title = QStringLiteral("Thermodynamics");
        const auto lecture = (*store)->createLecture(draft);
        ASSERT_TRUE(lecture.ok());
        lectureId = lecture->id;
    }
    const QString pdf = dir.filePath(QStringLiteral("thermo.pdf"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LECTERN_DATA_DIR"), dir.path());
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_CLI_BINARY), {QStringLiteral("export"), lectureId, QStringLiteral("--output"), pdf});
    ASSERT_TRUE(process.waitForFinished(30'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}
