#pragma once

#include "FakePlaybackController.h"
#include "TemporaryLibrary.h"
#include "lecture/LectureView.h"
#include "lecture/TranscriptModel.h"
#include "library/LectureDetailsPage.h"
#include "library/LibraryStore.h"

#include <gtest/gtest.h>

#include <QTest>
#include <QTimeZone>

#include <memory>

namespace lectern::test {

// A lecture page on a lecture with a three-segment transcript, playing through a fake player.
class LecturePageFixture : public ::testing::Test
{
protected:
    static constexpr int kTimeoutMs = 5000;

    void SetUp() override
    {
        library = std::make_unique<TemporaryLibrary>();
        const Course course = library->addCourse(QStringLiteral("Cell Biology"), QStringLiteral("#22c55e"));
        lecture = addLectureWithTranscript(course.id, QStringLiteral("Membranes and transport"));
        openPage();
    }

    // A new page on the lecture (the fixture opens one; a test may open another, e.g. after
    // changing the palette).
    void openPage()
    {
        page.reset();
        page = std::make_unique<LectureDetailsPage>(&library->service(), nullptr, &player);
        page->resize(1000, 680);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        page->showLecture(lecture, QStringLiteral("Cell Biology"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return transcript().rowCount() == 3; }, kTimeoutMs));
    }

    void TearDown() override
    {
        // The service goes first: its last answers are addressed to the page's objects.
        library->closeService();
        page.reset();
        library.reset();
    }

    Lecture addLectureWithTranscript(const QString &courseId, const QString &title)
    {
        Lecture draft;
        draft.courseId = courseId;
        draft.title = title;
        draft.recordedAt = QDateTime(QDate(2025, 3, 12), QTime(10, 15), QTimeZone::utc());
        draft.durationMs = 95'000;
        draft.audioPath = QStringLiteral("audio/membranes.wav");
        const QList<TranscriptSegment> segments = {
            {{}, {}, 0, 4'000, QStringLiteral("Welcome back, today we look at membranes."), {}, {}, {}},
            {{}, {}, 4'000, 31'500, QStringLiteral("The lipid by layer keeps water out."), {}, {}, {}},
            {{}, {}, 33'000, 95'000, QStringLiteral("Transport proteins let ions through."), {}, {}, {}},
        };
        Result<Lecture> stored = library->run([draft, segments](LibraryStore &store) -> Result<Lecture> {
            Result<Lecture> created = store.createLecture(draft);
            if (!created)
                return created;
            const Status replaced = store.replaceSegments(created->id, segments);
            if (!replaced)
                return replaced.error();
            return created;
        });
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? *stored : Lecture{};
    }

    QList<TranscriptSegment> storedSegments(const QString &lectureId)
    {
        Result<QList<TranscriptSegment>> segments
            = library->run([lectureId](LibraryStore &store) { return store.segments(lectureId); });
        EXPECT_TRUE(segments.ok());
        return segments.ok() ? *segments : QList<TranscriptSegment>{};
    }

    LectureView &view() { return *page->lectureView(); }
    TranscriptModel &transcript() { return *view().transcriptModel(); }

    std::unique_ptr<TemporaryLibrary> library;
    FakePlaybackController player;
    Lecture lecture;
    std::unique_ptr<LectureDetailsPage> page;
};

} // namespace lectern::test
