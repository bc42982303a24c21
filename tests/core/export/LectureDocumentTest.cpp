#include "export/LectureDocument.h"

#include "ExportTestSupport.h"
#include "library/LibraryStore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace lectern;

namespace {
class LectureDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = LibraryStore::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
    }

    Lecture addLecture(const QString &courseId)
    {
        Lecture draft;
        draft.courseId = courseId;
        draft.title = QStringLiteral("Cell membranes");
        draft.durationMs = 70'000;
        auto lecture = m_store->createLecture(draft);
        EXPECT_TRUE(lecture.ok());
        return lecture.ok() ? *lecture : Lecture{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
};
} // namespace

TEST_F(LectureDocumentTest, GathersEverythingTheExportsShow)
{
    const auto course = m_store->createCourse(QStringLiteral("Biology 101"));
    ASSERT_TRUE(course.ok());
    const Lecture lecture = addLecture(course->id);
    ASSERT_TRUE(m_store->replaceSegments(lecture.id, {test::segment(0, 4'000, QStringLiteral("Welcome.")),
                                                      test::segment(4'000, 9'000, QStringLiteral("Membranes."))})
                    .ok());
    ASSERT_TRUE(m_store->setNote(lecture.id, QStringLiteral("My note")).ok());
    StudyItem summary = test::studyItem(StudyItemKind::Summary, 0, {{QStringLiteral("markdown"), QStringLiteral("Short.")}});
    summary.lectureId = lecture.id;
    ASSERT_TRUE(m_store->putStudyItem(summary).ok());

    const Result<LectureDocument> document = LectureDocument::load(*m_store, lecture.id);
    ASSERT_TRUE(document.ok()) << document.error().message.toStdString();
    EXPECT_EQ(document->lecture.title, QStringLiteral("Cell membranes"));
    EXPECT_EQ(document->courseName, QStringLiteral("Biology 101"));
    ASSERT_EQ(document->segments.size(), 2);
    EXPECT_EQ(document->segments[1].text, QStringLiteral("Membranes."));
    EXPECT_EQ(document->note.markdown, QStringLiteral("My note"));
    EXPECT_EQ(document->summaryMarkdown(), QStringLiteral("Short."));
    EXPECT_EQ(document->timelineMs(), 70'000);
}

TEST_F(LectureDocumentTest, ALectureOutsideACourseHasNoCourseName)
{
    const Lecture lecture = addLecture(QString());
    const Result<LectureDocument> document = LectureDocument::load(*m_store, lecture.id);
    ASSERT_TRUE(document.ok());
    EXPECT_TRUE(document->courseName.isEmpty());
    EXPECT_TRUE(document->segments.isEmpty());
    EXPECT_TRUE(document->note.markdown.isEmpty());
}

TEST_F(LectureDocumentTest, AnUnknownLectureIsNotFound)
{
    const Result<LectureDocument> document = LectureDocument::load(*m_store, QStringLiteral("no-such-lecture"));
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error().code, QStringLiteral("not_found"));
}

TEST(LectureDocument, KeyTermsComeInTheirOrderAndTheTimelineCoversEverySegment)
{
    const LectureDocument document = test::fullDocument();
    const QList<LectureDocument::KeyTerm> terms = document.keyTerms();
    ASSERT_EQ(terms.size(), 2);
    EXPECT_EQ(terms[0].term, QStringLiteral("Bilayer"));
    EXPECT_EQ(terms[1].term, QStringLiteral("Osmosis"));

    LectureDocument unmeasured;
    unmeasured.segments = {test::segment(0, 5'000, QStringLiteral("a")), test::segment(5'000, 4'000'000, QStringLiteral("b"))};
    EXPECT_EQ(unmeasured.timelineMs(), 4'000'000);
}
