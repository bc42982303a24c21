// Ctrl-C during an import, as a user at a terminal would press it: the real binary, a real signal.
#include "AudioFixtures.h"
#include "pipeline/LectureImporter.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace lectern;

#if defined(Q_OS_UNIX)
TEST(ImportInterrupt, CtrlCLeavesNoLectureAndNoAudio)
{
    QTemporaryDir scratch;
    QTemporaryDir library;
    test::AudioFixtures fixtures(scratch.path());
    // Compressing ten minutes takes seconds (about 100 times real time): the signal arrives mid-write.
    const Result<QString> recording = fixtures.longToneWav(QStringLiteral("long-lecture.wav"), 10 * 60);
    ASSERT_TRUE(recording.ok()) << recording.error().message.toStdString();

    QProcess cli;
    cli.start(QStringLiteral(LECTERN_CLI_BINARY),
              {QStringLiteral("--data-dir"), library.path(), QStringLiteral("import"), QStringLiteral("--compact"), *recording});
    ASSERT_TRUE(cli.waitForStarted());
    const QDir audio(LectureImporter::audioDirectory(library.path()));
    // The staged file appears once compressing has begun.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !audio.entryList(QDir::Files | QDir::Hidden).isEmpty(); }, 120'000))
        << "the import never started writing: " << cli.readAllStandardError().toStdString();
    ASSERT_EQ(::kill(pid_t(cli.processId()), SIGINT), 0);
    ASSERT_TRUE(cli.waitForFinished(60'000));

    // Ended by the signal, as an interrupted program should, after cleaning up.
    EXPECT_EQ(cli.exitStatus(), QProcess::CrashExit);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("Importing \"long-lecture.wav\" was cancelled."))) << err.toStdString();
    EXPECT_TRUE(cli.readAllStandardOutput().isEmpty()) << "no lecture id was printed";
    EXPECT_TRUE(audio.entryList(QDir::Files | QDir::Hidden).isEmpty()) << audio.entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();

    QProcess list;
    list.start(QStringLiteral(LECTERN_CLI_BINARY), {QStringLiteral("--data-dir"), library.path(), QStringLiteral("list")});
    ASSERT_TRUE(list.waitForFinished(30'000));
    EXPECT_TRUE(QString::fromUtf8(list.readAllStandardOutput()).contains(QStringLiteral("no courses or lectures yet")));
}
#endif
