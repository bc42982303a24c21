#include "StudySessionTestSupport.h"

namespace lectern::test {
namespace {

using StudyQueueTest = StudySessionTest;

TEST_F(StudyQueueTest, HoldsExactlyTheCardsDueTodayAndTheNewCardsAllowed)
{
    m_options.newCardsPerDay = 1;
    const QString overdue = addCard(QStringLiteral("overdue"));
    const QString learning = addCard(QStringLiteral("in a learning step"));
    const QString notYet = addCard(QStringLiteral("reviewed this morning"));
    const QString suspended = addCard(QStringLiteral("suspended"));
    addCard(QStringLiteral("first new"));
    addCard(QStringLiteral("second new"));
    const Course other = addCourse(QStringLiteral("Chemistry"));
    const QString elsewhere = addCard(QStringLiteral("other course"), addLecture(other.id).id);
    const Course archived = addCourse(QStringLiteral("Finished"));
    const QString inArchive = addCard(QStringLiteral("archived course"), addLecture(archived.id).id);
    ASSERT_TRUE(succeeded(store().setCourseArchived(archived.id, true)));

    // Easy on a new card schedules it days ahead; Good starts the 10-minute learning step.
    logReview(overdue, local(-60, 9), Rating::Easy);
    logReview(elsewhere, local(-50, 9), Rating::Easy);
    logReview(inArchive, local(-60, 9), Rating::Easy);
    logReview(suspended, local(-60, 9), Rating::Easy);
    logReview(learning, local(0, 9, 55), Rating::Good);
    logReview(notYet, local(0, 9), Rating::Easy);
    ASSERT_TRUE(succeeded(store().setFlashcardSuspended(suspended, true)));

    const StudyQueue everything = buildQueue();
    EXPECT_EQ(names(everything.reviews), (QStringList{QStringLiteral("overdue"), QStringLiteral("other course")}));
    EXPECT_EQ(names(everything.learning), QStringList{QStringLiteral("in a learning step")});
    EXPECT_EQ(everything.learning.first().due, local(0, 10, 5));
    // Two cards had their first review today, which uses up a limit of one.
    EXPECT_EQ(everything.introducedToday, 2);
    EXPECT_TRUE(everything.newCards.isEmpty());

    m_options.newCardsPerDay = 3;
    const StudyQueue biology = buildQueue(m_course.id);
    EXPECT_EQ(names(biology.reviews), QStringList{QStringLiteral("overdue")});
    EXPECT_EQ(names(biology.learning), QStringList{QStringLiteral("in a learning step")});
    EXPECT_EQ(names(biology.newCards), QStringList{QStringLiteral("first new")});
}

TEST_F(StudyQueueTest, ShowsTheCardsMostLikelyForgottenFirst)
{
    const QString recent = addCard(QStringLiteral("learnt 20 days ago"));
    const QString old = addCard(QStringLiteral("learnt 90 days ago"));
    const QString middle = addCard(QStringLiteral("learnt 40 days ago"));
    logReview(recent, local(-20, 9), Rating::Easy);
    logReview(old, local(-90, 9), Rating::Easy);
    logReview(middle, local(-40, 9), Rating::Easy);

    const StudyQueue queue = buildQueue();
    EXPECT_EQ(names(queue.reviews), (QStringList{QStringLiteral("learnt 90 days ago"), QStringLiteral("learnt 40 days ago"),
                                                 QStringLiteral("learnt 20 days ago")}));
}

TEST_F(StudyQueueTest, ReviewsThatArriveBySyncChangeTheQueue)
{
    const QString card = addCard(QStringLiteral("studied on the phone"));
    EXPECT_EQ(names(buildQueue().newCards), QStringList{QStringLiteral("studied on the phone")});

    logReview(card, local(-30, 9), Rating::Easy);
    const StudyQueue queue = buildQueue();
    EXPECT_TRUE(queue.newCards.isEmpty());
    EXPECT_EQ(names(queue.reviews), QStringList{QStringLiteral("studied on the phone")});
    const auto cached = store().cardSchedule(card);
    ASSERT_TRUE(succeeded(cached));
    const auto replayed = m_scheduler.replay(card, toReviewRecords(*store().reviewLog(card)));
    EXPECT_EQ(CardScheduleCache::toFsrsCard(**cached), *replayed);
}

TEST_F(StudyQueueTest, TheStudyDayStartsAtTheChosenHourInTheStudentsTimeZone)
{
    const StudyDay day = StudyDay::containing(local(1, 3, 59), QTimeZone(3600), 4);
    EXPECT_EQ(day.start, local(0, 4));
    EXPECT_EQ(day.end, local(1, 4));
    EXPECT_EQ(StudyDay::containing(local(1, 4), QTimeZone(3600), 4).start, local(1, 4));
}

TEST_F(StudyQueueTest, NewCardLimitHoldsAcrossSessionsAndResetsTheNextDay)
{
    m_options.newCardsPerDay = 2;
    for (int i = 1; i <= 5; ++i)
        addCard(QStringLiteral("new %1").arg(i));

    auto first = startSession();
    EXPECT_EQ(first->remainingCount(), 2);
    EXPECT_EQ(shown(*first), QStringLiteral("new 1"));
    ASSERT_TRUE(succeeded(first->rate(Rating::Easy)));
    first.reset(); // the student closes the window with one new card left

    auto second = startSession();
    EXPECT_EQ(second->remainingCount(), 1);
    EXPECT_EQ(shown(*second), QStringLiteral("new 2"));
    ASSERT_TRUE(succeeded(second->rate(Rating::Easy)));
    EXPECT_FALSE(second->hasCard());

    m_clock.set(local(1, 3, 30)); // after midnight, but still the same study day
    EXPECT_EQ(startSession()->remainingCount(), 0);

    m_clock.set(local(1, 4, 30));
    const auto nextDay = startSession();
    EXPECT_EQ(nextDay->remainingCount(), 2);
    EXPECT_EQ(shown(*nextDay), QStringLiteral("new 3"));
}

TEST_F(StudyQueueTest, ABuriedCardIsHiddenUntilTheNextStudyDay)
{
    addCard(QStringLiteral("bury me"));
    addCard(QStringLiteral("keep me"));
    auto session = startSession();
    ASSERT_EQ(shown(*session), QStringLiteral("bury me"));
    ASSERT_TRUE(succeeded(session->buryCurrent()));
    EXPECT_EQ(shown(*session), QStringLiteral("keep me"));
    EXPECT_EQ(session->remainingCount(), 1);

    m_clock.set(local(0, 23));
    EXPECT_EQ(names(buildQueue().newCards), QStringList{QStringLiteral("keep me")});
    m_clock.set(local(1, 4));
    EXPECT_EQ(names(buildQueue().newCards), (QStringList{QStringLiteral("bury me"), QStringLiteral("keep me")}));
}

TEST_F(StudyQueueTest, ASuspendedCardStaysHiddenUntilUnsuspended)
{
    const QString card = addCard(QStringLiteral("suspend me"));
    logReview(card, local(-30, 9), Rating::Easy);
    auto session = startSession();
    ASSERT_EQ(shown(*session), QStringLiteral("suspend me"));
    ASSERT_TRUE(succeeded(session->suspendCurrent()));
    EXPECT_FALSE(session->hasCard());

    m_clock.set(local(5, 12));
    EXPECT_TRUE(buildQueue().isEmpty());
    ASSERT_TRUE(succeeded(store().setFlashcardSuspended(card, false)));
    EXPECT_EQ(names(buildQueue().reviews), QStringList{QStringLiteral("suspend me")});
}

} // namespace
} // namespace lectern::test
