// The CLI run in-process, against a library the test fills through LibraryStore.
#include "CliTestSupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace lectern;

namespace {
struct Output
{
    cli::ExitCode code;
    QString out;
    QString err;
};

Output runCli(const QStringList &arguments)
{
    test::installCliTranslations();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CommandLine commandLine;
    const cli::ExitCode code = commandLine.run(QStringList{QStringLiteral("lectern-cli")} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}
} // namespace

TEST(CommandLine, ListOnANewLibrarySaysItIsEmpty)
{
    QTemporaryDir dir;
    const Output run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list")});
    EXPECT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("no courses or lectures yet"))) << run.out.toStdString();
}

TEST(CommandLine, ListShowsCoursesWithTheirLecturesAndIds)
{
    QTemporaryDir dir;
    QString lectureId;
    {
        auto store = LibraryStore::open(dir.path());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        const auto biology = (*store)->createCourse(QStringLiteral("Biology 101"));
        ASSERT_TRUE(biology.ok());
        ASSERT_TRUE((*store)->createCourse(QStringLiteral("Empty course")).ok());
        Lecture draft;
        draft.courseId = biology->id;
        draft.title = QStringLiteral("Cell membranes");
        draft.durationMs = (45 * 60 + 12) * 1000;
        draft.recordedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
        const auto lecture = (*store)->createLecture(draft);
        ASSERT_TRUE(lecture.ok());
        lectureId = lecture->id;
        Lecture loose;
        loose.title = QStringLiteral("Guest talk");
        ASSERT_TRUE((*store)->createLecture(loose).ok());
    }
    const Output run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << run.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("Biology 101  1 lecture"));
    EXPECT_TRUE(lines[1].contains(lectureId));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("2026-11-20 09:00")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("45:12")));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("Cell membranes")));
    EXPECT_EQ(lines[2], QStringLiteral("Empty course  0 lectures"));
    EXPECT_EQ(lines[3], QStringLiteral("Not in a course"));
    EXPECT_TRUE(lines[4].endsWith(QStringLiteral("Guest talk")));
}

TEST(CommandLine, ArchivedCoursesAppearOnlyWhenAskedFor)
{
    QTemporaryDir dir;
    {
        auto store = LibraryStore::open(dir.path());
        ASSERT_TRUE(store.ok());
        const auto old = (*store)->createCourse(QStringLiteral("Last term"));
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE((*store)->setCourseArchived(old->id, true).ok());
    }
    EXPECT_FALSE(runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list")}).out.contains(QStringLiteral("Last term")));
    const Output all = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list"), QStringLiteral("--archived")});
    EXPECT_TRUE(all.out.contains(QStringLiteral("Last term (archived)"))) << all.out.toStdString();
}

TEST(CommandLine, AnUnusableLibraryIsAnInputErrorNamingTheProblem)
{
    QTemporaryDir dir;
    QFile notADirectory(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(notADirectory.open(QIODevice::WriteOnly));
    notADirectory.close();
    const Output run = runCli({QStringLiteral("--data-dir"), notADirectory.fileName(), QStringLiteral("list")});
    EXPECT_EQ(run.code, cli::InputError);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("lectern-cli: "))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CommandLine, ListRejectsStrayArguments)
{
    QTemporaryDir dir;
    const Output run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("list"), QStringLiteral("extra")});
    EXPECT_EQ(run.code, cli::UsageError);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no arguments")));
}
