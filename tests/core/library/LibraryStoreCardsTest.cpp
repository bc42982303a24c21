#include "library/LibraryStore.h"

#include "LibraryTestSupport.h"

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryStoreCardsTest : public LibraryTest
{
protected:
    void SetUp() override
    {
        LibraryTest::SetUp();
        m_course = addCourse(QStringLiteral("Biologie"));
        m_lecture = addLecture(m_course.id, QStringLiteral("Zellteilung"));
    }

    Flashcard addCard(const QString &lectureId, const QString &front, const QString &back = QStringLiteral("answer"))
    {
        Flashcard draft;
        draft.lectureId = lectureId;
        draft.front = front;
        draft.back = back;
        auto card = store().createFlashcard(draft);
        EXPECT_TRUE(isOk(card));
        m_clock.advanceMs(1000); // creation order is by wall time
        return card.ok() ? *card : Flashcard{};
    }

    CardSchedule schedule(const QString &cardId, int state, QDateTime due)
    {
        CardSchedule s;
        s.cardId = cardId;
        s.state = state;
        s.stability = 3.5;
        s.difficulty = 5.25;
        s.due = std::move(due);
        s.lastReview = m_clock.now();
        s.reps = 2;
        s.lapses = 1;
        s.step = 0;
        return s;
    }

    Course m_course;
    Lecture m_lecture;
};

QStringList fronts(const QList<Flashcard> &cards)
{
    QStringList list;
    for (const Flashcard &c : cards)
        list.append(c.front);
    return list;
}
} // namespace

TEST_F(LibraryStoreCardsTest, CardsAreCreatedEditedAndListedPerLectureAndCourse)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 1000, QStringLiteral("Mitose hat vier Phasen."))})));
    const QString segmentId = store().segments(m_lecture.id)->constFirst().id;

    Flashcard draft;
    draft.lectureId = m_lecture.id;
    draft.front = QStringLiteral("Wie viele Phasen hat die Mitose?");
    draft.back = QStringLiteral("Vier");
    draft.sourceSegmentId = segmentId;
    const auto card = store().createFlashcard(draft);
    ASSERT_TRUE(isOk(card));
    EXPECT_EQ(card->sourceSegmentId, segmentId);
    m_clock.advanceMs(1000);
    addCard(addLecture(m_course.id, QStringLiteral("Meiose")).id, QStringLiteral("Meiose?"));
    addCard(addLecture(QString(), QStringLiteral("Unfiled")).id, QStringLiteral("Elsewhere?"));

    EXPECT_EQ(fronts(*store().flashcardsForLecture(m_lecture.id)), QStringList{draft.front});
    EXPECT_EQ(fronts(*store().flashcardsForCourse(m_course.id)), (QStringList{draft.front, QStringLiteral("Meiose?")}));

    Flashcard edited = *card;
    edited.back = QStringLiteral("Vier: Pro-, Meta-, Ana-, Telophase");
    ASSERT_TRUE(isOk(store().updateFlashcard(edited)));
    const auto stored = store().flashcard(card->id);
    ASSERT_TRUE(isOk(stored));
    EXPECT_EQ(stored->back, edited.back);
    EXPECT_GT(stored->updatedAt, card->updatedAt);
}

TEST_F(LibraryStoreCardsTest, RefusesEmptyCardsAndForeignSourceSegments)
{
    EXPECT_EQ(errorCode(store().createFlashcard({{}, m_lecture.id, QStringLiteral("front"), QStringLiteral(" "), {}, {}})),
              QStringLiteral("invalid_argument"));
    EXPECT_EQ(errorCode(store().createFlashcard({{}, QStringLiteral("missing"), QStringLiteral("f"), QStringLiteral("b"), {}, {}})),
              QStringLiteral("not_found"));
    const Lecture other = addLecture(m_course.id, QStringLiteral("Other"));
    ASSERT_TRUE(isOk(store().replaceSegments(other.id, {segment(0, 1000, QStringLiteral("x"))})));
    const QString foreignSegment = store().segments(other.id)->constFirst().id;
    EXPECT_EQ(errorCode(store().createFlashcard({{}, m_lecture.id, QStringLiteral("f"), QStringLiteral("b"), foreignSegment, {}})),
              QStringLiteral("invalid_argument"));
    EXPECT_TRUE(store().flashcardsForLecture(m_lecture.id)->isEmpty());
}

TEST_F(LibraryStoreCardsTest, DeletedCardsAreHiddenAndCanBeRestored)
{
    const Flashcard card = addCard(m_lecture.id, QStringLiteral("Q"));
    ASSERT_TRUE(isOk(store().deleteFlashcard(card.id)));
    EXPECT_TRUE(store().flashcardsForLecture(m_lecture.id)->isEmpty());
    EXPECT_EQ(errorCode(store().flashcard(card.id)), QStringLiteral("not_found"));
    EXPECT_EQ(errorCode(store().updateFlashcard(card)), QStringLiteral("not_found"));
    ASSERT_TRUE(isOk(store().restoreFlashcard(card.id)));
    EXPECT_EQ(fronts(*store().flashcardsForLecture(m_lecture.id)), QStringList{QStringLiteral("Q")});
}

TEST_F(LibraryStoreCardsTest, CardsOfDeletedLecturesAndCoursesAreHidden)
{
    addCard(m_lecture.id, QStringLiteral("Q"));
    ASSERT_TRUE(isOk(store().deleteLecture(m_lecture.id)));
    EXPECT_TRUE(store().flashcardsForCourse(m_course.id)->isEmpty());
    EXPECT_TRUE(store().newFlashcards()->isEmpty());
    ASSERT_TRUE(isOk(store().restoreLecture(m_lecture.id)));
    ASSERT_TRUE(isOk(store().deleteCourse(m_course.id)));
    EXPECT_TRUE(store().newFlashcards()->isEmpty());
    ASSERT_TRUE(isOk(store().restoreCourse(m_course.id)));
    EXPECT_EQ(store().newFlashcards()->size(), 1);
}

TEST_F(LibraryStoreCardsTest, SchedulesRoundTripAndDecideWhatIsDueOrNew)
{
    const QDateTime madeAt = m_clock.now();
    const Flashcard dueSoon = addCard(m_lecture.id, QStringLiteral("due soon"));
    const Flashcard dueLater = addCard(m_lecture.id, QStringLiteral("due later"));
    const Flashcard fresh = addCard(m_lecture.id, QStringLiteral("never studied"));
    const Flashcard newWithState = addCard(m_lecture.id, QStringLiteral("new with state"));

    // Every card starts with a new card's schedule, due from when it was made.
    const auto initial = store().cardSchedule(dueSoon.id);
    ASSERT_TRUE(isOk(initial) && initial->has_value());
    EXPECT_EQ((*initial)->state, 0);
    EXPECT_EQ((*initial)->due, madeAt);
    const QDateTime now = m_clock.now();
    const CardSchedule soon = schedule(dueSoon.id, 2, now.addDays(1));
    ASSERT_TRUE(isOk(store().putCardSchedule(soon)));
    ASSERT_TRUE(isOk(store().putCardSchedule(schedule(dueLater.id, 3, now.addDays(5)))));
    ASSERT_TRUE(isOk(store().putCardSchedule(schedule(newWithState.id, 0, now))));

    const auto loaded = store().cardSchedule(dueSoon.id);
    ASSERT_TRUE(isOk(loaded));
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ(**loaded, soon);

    EXPECT_TRUE(store().dueFlashcards(now)->isEmpty());
    EXPECT_EQ(fronts(*store().dueFlashcards(now.addDays(2))), QStringList{QStringLiteral("due soon")});
    EXPECT_EQ(fronts(*store().dueFlashcards(now.addDays(6))), (QStringList{QStringLiteral("due soon"), QStringLiteral("due later")}));
    EXPECT_EQ(fronts(*store().dueFlashcards(now.addDays(6), m_course.id, 1)), QStringList{QStringLiteral("due soon")});
    EXPECT_EQ(fronts(*store().newFlashcards()), (QStringList{QStringLiteral("never studied"), QStringLiteral("new with state")}));
    EXPECT_EQ(store().newFlashcards(QStringLiteral("other-course"))->size(), 0);
    (void)fresh;

    // Rescheduling overwrites the cached state.
    ASSERT_TRUE(isOk(store().putCardSchedule(schedule(dueSoon.id, 2, now.addDays(30)))));
    EXPECT_EQ(fronts(*store().dueFlashcards(now.addDays(6))), QStringList{QStringLiteral("due later")});

    // Archived courses drop out of the review of everything, but not of their own.
    ASSERT_TRUE(isOk(store().setCourseArchived(m_course.id, true)));
    EXPECT_TRUE(store().dueFlashcards(now.addDays(6))->isEmpty());
    EXPECT_EQ(store().dueFlashcards(now.addDays(6), m_course.id)->size(), 1);

    EXPECT_EQ(errorCode(store().putCardSchedule(schedule(dueSoon.id, 7, now))), QStringLiteral("invalid_argument"));
    EXPECT_EQ(errorCode(store().putCardSchedule(schedule(QStringLiteral("missing"), 2, now))), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreCardsTest, TheReviewLogIsAppendOnlyAndIdempotent)
{
    const Flashcard card = addCard(m_lecture.id, QStringLiteral("Q"));
    ReviewLogEntry first;
    first.cardId = card.id;
    first.reviewedAt = m_clock.now();
    first.rating = 3;
    first.stateBefore = 0;
    first.stateAfter = 1;
    const auto stored = store().appendReview(first);
    ASSERT_TRUE(isOk(stored));
    EXPECT_FALSE(stored->id.isEmpty());
    EXPECT_FALSE(stored->updatedAt.isEmpty());

    ReviewLogEntry second = first;
    second.id.clear();
    second.reviewedAt = m_clock.now().addDays(1);
    second.rating = 1;
    second.elapsedMs = 86'400'000;
    second.stateBefore = 1;
    second.stateAfter = 3;
    ASSERT_TRUE(isOk(store().appendReview(second)));

    // The same review arriving again (e.g. through sync) is stored once.
    const auto again = store().appendReview(*stored);
    ASSERT_TRUE(isOk(again));
    EXPECT_EQ(again->updatedAt, stored->updatedAt);

    const auto log = store().reviewLog(card.id);
    ASSERT_TRUE(isOk(log));
    ASSERT_EQ(log->size(), 2);
    EXPECT_EQ(log->at(0).id, stored->id);
    EXPECT_EQ(log->at(0).reviewedAt, first.reviewedAt);
    EXPECT_EQ(log->at(1).rating, 1);
    EXPECT_EQ(log->at(1).elapsedMs, 86'400'000);
    EXPECT_EQ(log->at(1).stateAfter, 3);

    ReviewLogEntry bad = first;
    bad.id.clear();
    bad.rating = 5;
    EXPECT_EQ(errorCode(store().appendReview(bad)), QStringLiteral("invalid_argument"));
    bad.rating = 3;
    bad.reviewedAt = QDateTime();
    EXPECT_EQ(errorCode(store().appendReview(bad)), QStringLiteral("invalid_argument"));
    EXPECT_EQ(store().reviewLog(card.id)->size(), 2);
}
