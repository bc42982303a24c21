#include "export/CourseExporter.h"

#include "ExportTestSupport.h"
#include "library/LibraryStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lectern;

namespace {
class CourseExporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = LibraryStore::open(m_library.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        const auto course = m_store->createCourse(QStringLiteral("Biology 101"));
        ASSERT_TRUE(course.ok());
        m_courseId = course->id;

        // Two lectures with the same title: one transcribed with a card, one not yet.
        const Lecture transcribed = addLecture(QStringLiteral("Tutorial"), QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
        ASSERT_TRUE(m_store->replaceSegments(transcribed.id, {test::segment(0, 4000, QStringLiteral("Cells divide.")),
                                                              test::segment(4000, 9000, QStringLiteral("Mitosis has phases."))})
                        .ok());
        Flashcard draft;
        draft.lectureId = transcribed.id;
        draft.front = QStringLiteral("How many phases has mitosis?");
        draft.back = QStringLiteral("Four");
        ASSERT_TRUE(m_store->createFlashcard(draft).ok());
        addLecture(QStringLiteral("Tutorial"), QDateTime(QDate(2026, 11, 9), QTime(9, 0)));
    }

    Lecture addLecture(const QString &title, const QDateTime &recordedAt)
    {
        Lecture draft;
        draft.courseId = m_courseId;
        draft.title = title;
        draft.recordedAt = recordedAt;
        auto lecture = m_store->createLecture(draft);
        EXPECT_TRUE(lecture.ok());
        return lecture.ok() ? *lecture : Lecture{};
    }

    QStringList filesWritten() const { return QDir(m_out.path()).entryList(QDir::Files, QDir::Name); }

    QTemporaryDir m_library;
    QTemporaryDir m_out;
    std::unique_ptr<LibraryStore> m_store;
    QString m_courseId;
};

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

TEST_F(CourseExporterTest, WritesEveryLectureInEachFormatAndOneDeckForTheCourse)
{
    const QString folder = m_out.filePath(QStringLiteral("Biology export"));
    const auto report = CourseExporter::exportCourse(*m_store, m_courseId,
                                                     {ExportFormat::Markdown, ExportFormat::Srt, ExportFormat::AnkiDeck}, folder);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();

    // Same titles do not overwrite each other; the untranscribed lecture has no subtitles, and
    // the report says why instead of leaving an empty file.
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{QStringLiteral("Biology 101.tsv"), QStringLiteral("Tutorial (2).md"),
                                  QStringLiteral("Tutorial (2).srt"), QStringLiteral("Tutorial.md")}));
    EXPECT_EQ(report->writtenFiles.size(), 4);
    ASSERT_EQ(report->skipped.size(), 1);
    EXPECT_EQ(report->skipped.first(), QStringLiteral("Tutorial (SRT): no transcript yet"));

    EXPECT_TRUE(readFile(QDir(folder).filePath(QStringLiteral("Tutorial (2).srt"))).contains(QStringLiteral("Mitosis has phases.")));
    const QString deck = readFile(QDir(folder).filePath(QStringLiteral("Biology 101.tsv")));
    EXPECT_TRUE(deck.contains(QStringLiteral("\tHow many phases has mitosis?\tFour\tBiology 101::Tutorial\t"))) << deck.toStdString();
}

TEST_F(CourseExporterTest, ACourseWithoutCardsGetsNoEmptyDeck)
{
    const auto other = m_store->createCourse(QStringLiteral("History"));
    ASSERT_TRUE(other.ok());
    const auto report = CourseExporter::exportCourse(*m_store, other->id, {ExportFormat::AnkiDeck}, m_out.path());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(filesWritten().isEmpty());
    EXPECT_EQ(report->skipped, QStringList{QStringLiteral("History (ANKI): no flashcards yet")});
}

TEST_F(CourseExporterTest, CancellingStopsAfterTheCurrentFile)
{
    QList<int> seen;
    const auto report = CourseExporter::exportCourse(*m_store, m_courseId, {ExportFormat::Markdown, ExportFormat::PlainText},
                                                     m_out.path(), [&seen](int done, int total) {
                                                         EXPECT_EQ(total, 4);
                                                         seen.append(done);
                                                         return done < 2;
                                                     });
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, CourseExporter::Cancelled);
    EXPECT_EQ(seen, (QList<int>{1, 2}));
    EXPECT_EQ(filesWritten().size(), 2);
}

TEST_F(CourseExporterTest, AnUnknownCourseIsNotFound)
{
    const auto report = CourseExporter::exportCourse(*m_store, QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                                     {ExportFormat::Markdown}, m_out.path());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, QStringLiteral("not_found"));
}

TEST(CourseExporterNames, FileNamesAreSafeOnEverySystem)
{
    EXPECT_EQ(CourseExporter::safeFileName(QStringLiteral("Week 3: Cells/Tissues?")), QStringLiteral("Week 3- Cells-Tissues-"));
    EXPECT_EQ(CourseExporter::safeFileName(QStringLiteral("..hidden")), QStringLiteral("hidden"));
    EXPECT_EQ(CourseExporter::safeFileName(QStringLiteral("  ")), QStringLiteral("Lecture"));
    EXPECT_EQ(CourseExporter::safeFileName(QString(300, u'x')).size(), 120);
    EXPECT_EQ(CourseExporter::safeFileName(QStringLiteral("Grüße\tund\nmehr")), QStringLiteral("Grüße und mehr"));
}
