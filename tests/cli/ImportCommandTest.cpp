#include "CliTestSupport.h"

#include "TestEnvironment.h"
#include "pipeline/LectureImporter.h"

#include <QFileInfo>

using namespace lectern;

namespace {

class ImportCommandTest : public ::testing::Test
{
protected:
    test::CliOutput run(const QStringList &arguments) { return test::runCli(m_dir.path(), arguments); }

    static QString sample(const char *name) { return test::sampleFile(QString::fromLatin1(name)); }

    QStringList audioFiles() const
    {
        return QDir(LectureImporter::audioDirectory(m_dir.path())).entryList(QDir::Files | QDir::Hidden);
    }

    template<typename F>
    void withStore(F use)
    {
        auto store = LibraryStore::open(m_dir.path());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        use(**store);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ImportCommandTest, PrintsTheNewLectureIdsAndFilesThemUnderANewCourse)
{
    const test::CliOutput run = this->run({QStringLiteral("import"), sample("cell-biology-intro.wav"),
                                           sample("cell-biology-intro.mp3"), QStringLiteral("--course"),
                                           QStringLiteral("Biology 101")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    const QStringList ids = run.outLines();
    ASSERT_EQ(ids.size(), 2) << run.out.toStdString();
    EXPECT_EQ(run.errLines(), (QStringList{
                                  QStringLiteral("Imported cell-biology-intro.wav as \"Cell biology intro\" (0:25) in Biology 101."),
                                  QStringLiteral("Imported cell-biology-intro.mp3 as \"Cell biology intro\" (0:25) in Biology 101."),
                                  QStringLiteral("Created the course \"Biology 101\"."),
                              }));
    // Not a terminal: no progress line redrawn with escape codes.
    EXPECT_FALSE(run.err.contains(u'\r'));
    EXPECT_FALSE(run.err.contains(u'\x1b'));

    withStore([&](LibraryStore &store) {
        const auto courses = store.courses();
        ASSERT_TRUE(courses.ok());
        ASSERT_EQ(courses->size(), 1);
        EXPECT_EQ(courses->first().name, QStringLiteral("Biology 101"));
        for (const QString &id : ids) {
            const auto lecture = store.lecture(id);
            ASSERT_TRUE(lecture.ok()) << id.toStdString();
            EXPECT_EQ(lecture->courseId, courses->first().id);
            EXPECT_TRUE(QFileInfo::exists(QDir(m_dir.path()).filePath(lecture->audioPath)));
        }
    });
}

TEST_F(ImportCommandTest, GoesOnPastBadFilesAndExitsWithAnInputError)
{
    const test::CliOutput run =
        this->run({QStringLiteral("import"), sample("corrupt-noise.mp3"), sample("cell-biology-intro.wav"),
                   sample("empty.wav"), m_dir.filePath(QStringLiteral("missing.mp3")), sample("cell-biology-intro.opus.ogg")});
    EXPECT_EQ(run.code, cli::InputError);
    EXPECT_EQ(run.outLines().size(), 2) << run.out.toStdString();
    const QStringList errors = run.errLines();
    ASSERT_EQ(errors.size(), 5) << run.err.toStdString();
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("lectern-cli: \"corrupt-noise.mp3\" is not an audio file"))) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].startsWith(QStringLiteral("Imported cell-biology-intro.wav")));
    EXPECT_EQ(errors[2], QStringLiteral("lectern-cli: The file \"empty.wav\" is empty: it contains no sound. Choose the "
                                        "original recording instead."));
    EXPECT_TRUE(errors[3].contains(QStringLiteral("\"missing.mp3\" does not exist"))) << errors[3].toStdString();
    EXPECT_TRUE(errors[4].startsWith(QStringLiteral("Imported cell-biology-intro.opus.ogg")));
    EXPECT_EQ(audioFiles().size(), 2) << audioFiles().join(u' ').toStdString();
}

TEST_F(ImportCommandTest, AnExistingCourseIsFoundWhateverTheCase)
{
    QString courseId;
    withStore([&](LibraryStore &store) {
        const auto course = store.createCourse(QStringLiteral("Biology 101"));
        ASSERT_TRUE(course.ok());
        courseId = course->id;
    });
    const test::CliOutput run = this->run(
        {QStringLiteral("import"), QStringLiteral("--course"), QStringLiteral("BIOLOGY 101"), sample("cell-biology-intro.wav")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("Created")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("in Biology 101.")));
    withStore([&](LibraryStore &store) {
        const auto courses = store.courses();
        ASSERT_TRUE(courses.ok());
        EXPECT_EQ(courses->size(), 1);
        const auto lectures = store.lectures(courseId);
        ASSERT_TRUE(lectures.ok());
        EXPECT_EQ(lectures->size(), 1);
    });
}

TEST_F(ImportCommandTest, ANewCourseIsNotLeftBehindWhenNothingWasImported)
{
    const test::CliOutput run =
        this->run({QStringLiteral("import"), QStringLiteral("--course"), QStringLiteral("Chemistry"), sample("empty.wav")});
    EXPECT_EQ(run.code, cli::InputError);
    EXPECT_TRUE(run.out.isEmpty());
    withStore([](LibraryStore &store) {
        const auto courses = store.courses(LibraryStore::CourseFilter::IncludeArchived);
        ASSERT_TRUE(courses.ok());
        EXPECT_TRUE(courses->isEmpty());
    });
}

TEST_F(ImportCommandTest, TitleLanguageAndCompactStorageAreApplied)
{
    const test::CliOutput run = this->run({QStringLiteral("import"), sample("cell-biology-intro.wav"), QStringLiteral("--compact"),
                                           QStringLiteral("--title"), QStringLiteral("Week 1"), QStringLiteral("--language"),
                                           QStringLiteral("EN")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    ASSERT_EQ(run.outLines().size(), 1);
    EXPECT_EQ(run.err.trimmed(), QStringLiteral("Imported cell-biology-intro.wav as \"Week 1\" (0:25)."));
    withStore([&](LibraryStore &store) {
        const auto lecture = store.lecture(run.outLines().first());
        ASSERT_TRUE(lecture.ok());
        EXPECT_EQ(lecture->title, QStringLiteral("Week 1"));
        EXPECT_EQ(lecture->language, QStringLiteral("en"));
        EXPECT_TRUE(lecture->audioPath.endsWith(QStringLiteral(".compact.opus"))) << lecture->audioPath.toStdString();
        EXPECT_TRUE(lecture->courseId.isEmpty());
    });
}

TEST_F(ImportCommandTest, UsageAndOptionErrorsStopBeforeAnyWork)
{
    const test::CliOutput noFiles = this->run({QStringLiteral("import")});
    EXPECT_EQ(noFiles.code, cli::UsageError);
    EXPECT_TRUE(noFiles.err.contains(QStringLiteral("at least one file")));

    const test::CliOutput twoTitles = this->run({QStringLiteral("import"), QStringLiteral("--title"), QStringLiteral("T"),
                                                 sample("cell-biology-intro.wav"), sample("cell-biology-intro.mp3")});
    EXPECT_EQ(twoTitles.code, cli::UsageError);
    EXPECT_TRUE(twoTitles.err.contains(QStringLiteral("--title")));

    const test::CliOutput badLanguage = this->run(
        {QStringLiteral("import"), QStringLiteral("--language"), QStringLiteral("english"), sample("cell-biology-intro.wav")});
    EXPECT_EQ(badLanguage.code, cli::InputError);
    EXPECT_TRUE(badLanguage.err.contains(QStringLiteral("\"english\" is not a language code"))) << badLanguage.err.toStdString();

    EXPECT_EQ(this->run({QStringLiteral("import"), QStringLiteral("--course"), QStringLiteral(" "), sample("cell-biology-intro.wav")}).code,
              cli::UsageError);
    EXPECT_EQ(this->run({QStringLiteral("import"), QStringLiteral("--colour"), sample("cell-biology-intro.wav")}).code,
              cli::UsageError);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("library.sqlite"))))
        << "the library is not even opened for a command that cannot run";
}

TEST_F(ImportCommandTest, ImportedLecturesCanBeShownSearchedAndExported)
{
    const test::CliOutput imported = this->run({QStringLiteral("import"), sample("cell-biology-intro.mp3")});
    ASSERT_EQ(imported.code, cli::Success) << imported.err.toStdString();
    const QString id = imported.outLines().value(0);
    const test::CliOutput shown = this->run({QStringLiteral("show"), id.left(6)});
    ASSERT_EQ(shown.code, cli::Success) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.startsWith(QStringLiteral("Cell biology intro\n  Id:        ") + id + u'\n')) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("  Duration:  0:25\n")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("This lecture has not been transcribed yet.")));
    const test::CliOutput listed = this->run({QStringLiteral("list")});
    EXPECT_TRUE(listed.out.contains(id));
}
