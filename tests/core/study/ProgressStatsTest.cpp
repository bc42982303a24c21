#include "base/Clock.h"
#include "library/LibraryStore.h"
#include "study/Achievements.h"
#include "study/ProgressStats.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTimeZone>

namespace lectern {
namespace {

using History = LibraryStore::ProgressHistory;

// A student one hour east of UTC whose study day starts at 4 am. "Now" is Wednesday 2024-03-13,
// 10:00 local time.
class ProgressStatsTest : public ::testing::Test
{
protected:
    ProgressStatsTest()
    {
        options.timeZone = QTimeZone(3600);
        options.dayStartHour = 4;
        options.retentionWeeks = 4;
        options.forecastDays = 30;
    }

    static QDateTime local(const QDate &date, int hour, int minute = 0)
    {
        return QDateTime(date, QTime(hour, minute), QTimeZone(3600));
    }
    static qint64 ms(const QDate &date, int hour, int minute = 0) { return local(date, hour, minute).toMSecsSinceEpoch(); }

    static QDate today() { return QDate(2024, 3, 13); }
    static QDateTime now() { return local(today(), 10); }

    void review(const QDate &date, int hour, int rating = 3, int stateBefore = 2, qint64 elapsedMs = 10'000)
    {
        // One review a quarter hour, as the library hands them over.
        const bool ofReviewCard = stateBefore == 2;
        history.reviews.append({ms(date, hour), 1, elapsedMs, ofReviewCard ? 1 : 0, ofReviewCard && rating > 1 ? 1 : 0});
    }

    ProgressStats compute() const { return ProgressStats::compute(history, now(), options); }

    static QDate unlockDate(const ProgressStats &stats, Achievement::Id id)
    {
        for (const Achievement &achievement : stats.achievements) {
            if (achievement.id == id)
                return achievement.unlocked;
        }
        ADD_FAILURE() << "achievement missing from the catalogue";
        return {};
    }

    ProgressOptions options;
    History history;
};

TEST_F(ProgressStatsTest, countsReviewsAndTimePerStudyDayWithLateNightsOnTheEveningBefore)
{
    review(QDate(2024, 3, 11), 20, 3, 2, 4'000);
    // 01:30 on the 12th is still the study day of the 11th (days start at 4 am).
    review(QDate(2024, 3, 12), 1, 3, 2, 6'000);
    review(QDate(2024, 3, 12), 9, 3, 2, 5'000);
    history.recordings.append({ms(QDate(2024, 3, 12), 8), 90 * 60'000});

    const ProgressStats stats = compute();

    EXPECT_EQ(stats.today, today());
    EXPECT_EQ(stats.day(QDate(2024, 3, 11)), (StudyDayTotals{2, 10'000, 0}));
    EXPECT_EQ(stats.day(QDate(2024, 3, 12)), (StudyDayTotals{1, 5'000, 90 * 60'000}));
    EXPECT_EQ(stats.day(today()), StudyDayTotals{});
    EXPECT_EQ(stats.totalReviews, 3);
}

TEST_F(ProgressStatsTest, streakSurvivesUntilTodayEndsAndBreaksOnAMissedDay)
{
    // Studied 1st–5th (five days), missed the 6th, then 7th–12th (six days); nothing yet today.
    for (int day = 1; day <= 12; ++day) {
        if (day != 6)
            review(QDate(2024, 3, day), 18);
    }
    ProgressStats stats = compute();
    EXPECT_EQ(stats.streak, (StudyStreak{6, 6}));

    // Studying today extends it.
    review(today(), 9);
    stats = compute();
    EXPECT_EQ(stats.streak, (StudyStreak{7, 7}));
    EXPECT_EQ(unlockDate(stats, Achievement::Id::WeekStreak), today());
    EXPECT_FALSE(unlockDate(stats, Achievement::Id::MonthStreak).isValid());
}

TEST_F(ProgressStatsTest, streakIsGoneAfterAWholeDayWithoutStudy)
{
    for (int day = 1; day <= 11; ++day)
        review(QDate(2024, 3, day), 18);
    // Nothing on the 12th: at 10:00 on the 13th the streak of eleven days is over.
    const ProgressStats stats = compute();
    EXPECT_EQ(stats.streak, (StudyStreak{0, 11}));
    EXPECT_EQ(unlockDate(stats, Achievement::Id::WeekStreak), QDate(2024, 3, 7));
}

TEST_F(ProgressStatsTest, recordingALectureCountsAsStudyForTheStreak)
{
    review(QDate(2024, 3, 11), 18);
    history.recordings.append({ms(QDate(2024, 3, 12), 10), 45 * 60'000});
    EXPECT_EQ(compute().streak, (StudyStreak{2, 2}));
}

TEST_F(ProgressStatsTest, listeningMinutesAddUpPerStudyDayAndCountForTheStreak)
{
    history.listenings.append({ms(QDate(2024, 3, 11), 19), 20 * 60'000});
    // 02:00 on the 12th still belongs to the 11th.
    history.listenings.append({ms(QDate(2024, 3, 12), 2), 5 * 60'000});
    history.listenings.append({ms(QDate(2024, 3, 12), 11), 12 * 60'000});

    const ProgressStats stats = compute();

    EXPECT_EQ(stats.day(QDate(2024, 3, 11)).listeningMs, 25 * 60'000);
    EXPECT_EQ(stats.day(QDate(2024, 3, 12)).listeningMs, 12 * 60'000);
    EXPECT_EQ(stats.day(QDate(2024, 3, 12)).reviews, 0);
    EXPECT_EQ(stats.day(today()).listeningMs, 0);
    EXPECT_EQ(stats.streak, (StudyStreak{2, 2}));
}

TEST_F(ProgressStatsTest, retentionIsPassedOverTotalOfReviewStateReviewsPerWeek)
{
    // Week of Monday 2024-02-26: 3 of 4 review-state reviews passed (Hard counts as passed).
    review(QDate(2024, 2, 26), 10, 3);
    review(QDate(2024, 2, 27), 10, 2);
    review(QDate(2024, 2, 28), 10, 4);
    review(QDate(2024, 2, 29), 10, 1);
    // New and relearning cards are not part of retention, whatever their rating.
    review(QDate(2024, 2, 29), 11, 1, 0);
    review(QDate(2024, 2, 29), 12, 1, 3);
    review(QDate(2024, 2, 29), 13, 3, 1);
    // Week of 2024-03-11: 1 of 2. Monday 03-11 at 02:00 belongs to Sunday's study day, so to the
    // week before.
    review(QDate(2024, 3, 11), 2, 1);
    review(QDate(2024, 3, 12), 10, 1);
    review(QDate(2024, 3, 13), 9, 3);
    // Older than the four weeks shown.
    review(QDate(2024, 1, 10), 10, 1);

    const ProgressStats stats = compute();

    ASSERT_EQ(stats.retentionByWeek.size(), 4);
    EXPECT_EQ(stats.retentionByWeek[0], (WeekRetention{QDate(2024, 2, 19), 0, 0}));
    EXPECT_EQ(stats.retentionByWeek[1], (WeekRetention{QDate(2024, 2, 26), 3, 4}));
    EXPECT_EQ(stats.retentionByWeek[2], (WeekRetention{QDate(2024, 3, 4), 0, 1}));
    EXPECT_EQ(stats.retentionByWeek[3], (WeekRetention{QDate(2024, 3, 11), 1, 2}));
    EXPECT_DOUBLE_EQ(stats.retentionByWeek[1].rate(), 0.75);
}

TEST_F(ProgressStatsTest, forecastPutsOverdueCardsTodayAndTheRestOnTheirStudyDay)
{
    history.dueMs = {
        ms(QDate(2024, 3, 1), 9),  // overdue
        ms(today(), 8),            // due earlier today
        ms(QDate(2024, 3, 14), 2), // before 4 am on the 14th: still today's study day
        ms(QDate(2024, 3, 14), 4), // tomorrow
        ms(QDate(2024, 3, 14), 23),
        ms(QDate(2024, 4, 11), 12), // the 30th day (index 29)
        ms(QDate(2024, 4, 12), 12), // past the forecast
    };

    const ProgressStats stats = compute();

    ASSERT_EQ(stats.dueForecast.size(), 30);
    EXPECT_EQ(stats.dueForecast[0], 3);
    EXPECT_EQ(stats.dueForecast[1], 2);
    EXPECT_EQ(stats.dueForecast[29], 1);
    int total = 0;
    for (int count : stats.dueForecast)
        total += count;
    EXPECT_EQ(total, 6);
    EXPECT_EQ(ProgressStats::forecastHorizon(now(), options), local(QDate(2024, 4, 12), 4));
}

TEST_F(ProgressStatsTest, achievementsUnlockOnTheDayTheirMilestoneWasReached)
{
    for (int i = 0; i < 10; ++i)
        history.recordings.append({ms(QDate(2024, 1, 1).addDays(i * 3), 9), 3'600'000});
    // 60 reviews on 03-01, 60 on 03-02: the 100th is on 03-02.
    for (int i = 0; i < 120; ++i)
        review(QDate(2024, 3, 1 + i / 60), 8 + (i % 60) / 10);
    History::CourseCards biology{QStringLiteral("b"), QStringLiteral("Biology"), {}, false, {0, 0, 5, 0}, 5,
                                 ms(QDate(2024, 3, 2), 10)};
    History::CourseCards chemistry{QStringLiteral("c"), QStringLiteral("Chemistry"), {}, false, {2, 0, 3, 0}, 3,
                                   ms(QDate(2024, 3, 1), 10)};
    history.courses = {biology, chemistry};

    const ProgressStats stats = compute();

    EXPECT_EQ(unlockDate(stats, Achievement::Id::FirstLecture), QDate(2024, 1, 1));
    EXPECT_EQ(unlockDate(stats, Achievement::Id::TenLectures), QDate(2024, 1, 28));
    EXPECT_EQ(unlockDate(stats, Achievement::Id::FirstReview), QDate(2024, 3, 1));
    EXPECT_EQ(unlockDate(stats, Achievement::Id::HundredReviews), QDate(2024, 3, 2));
    EXPECT_FALSE(unlockDate(stats, Achievement::Id::ThousandReviews).isValid());
    // Chemistry still has two new cards; Biology's last card had its first review on 03-02.
    EXPECT_EQ(unlockDate(stats, Achievement::Id::CourseReviewed), QDate(2024, 3, 2));
    ASSERT_EQ(stats.cardsByCourse.size(), 2);
    EXPECT_EQ(stats.cardsByCourse[1].byState, (std::array<int, 4>{2, 0, 3, 0}));
}

TEST_F(ProgressStatsTest, archivedCoursesStillCountForAchievementsButAreNotCharted)
{
    history.courses = {{QStringLiteral("a"), QStringLiteral("Old"), {}, true, {0, 0, 1, 0}, 1, ms(QDate(2024, 2, 1), 10)}};
    const ProgressStats stats = compute();
    EXPECT_TRUE(stats.cardsByCourse.isEmpty());
    EXPECT_EQ(unlockDate(stats, Achievement::Id::CourseReviewed), QDate(2024, 2, 1));
}

TEST(AchievementsTest, announcesOnlyWhatWasNotAnnouncedAndNotAWholeHistoryAtFirst)
{
    QList<Achievement> achievements = achievementCatalogue();
    achievements[0].unlocked = QDate(2024, 1, 1);
    achievements[2].unlocked = QDate(2024, 3, 13);
    const QDate today(2024, 3, 13);

    const auto firstTime = unannouncedAchievements(achievements, std::nullopt, today);
    ASSERT_EQ(firstTime.size(), 1);
    EXPECT_EQ(firstTime[0].key(), QStringLiteral("first-review"));

    const auto later = unannouncedAchievements(achievements, QStringList{QStringLiteral("first-review")}, today);
    ASSERT_EQ(later.size(), 1);
    EXPECT_EQ(later[0].key(), QStringLiteral("first-lecture"));
    EXPECT_FALSE(later[0].title().isEmpty());
}

// The same numbers through a real library: withdrawn reviews and deleted lectures drop out, reviews
// of a deleted card still count as studying.
TEST(ProgressHistoryTest, readsTheLibrarysHistory)
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2024, 3, 13), QTime(9, 0), Qt::UTC));
    auto opened = LibraryStore::open(dir.path(), clock);
    ASSERT_TRUE(opened.ok());
    LibraryStore &store = *opened.value();
    const Course course = *store.createCourse(QStringLiteral("Biology"));
    Lecture draft;
    draft.courseId = course.id;
    draft.title = QStringLiteral("Cells");
    draft.recordedAt = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
    draft.durationMs = 5'400'000;
    const Lecture lecture = *store.createLecture(draft);
    Lecture gone = draft;
    gone.title = QStringLiteral("Deleted");
    ASSERT_TRUE(store.deleteLecture(store.createLecture(gone)->id).ok());

    QStringList cards;
    for (int i = 0; i < 3; ++i) {
        Flashcard card;
        card.lectureId = lecture.id;
        card.front = QStringLiteral("front %1").arg(i);
        card.back = QStringLiteral("back");
        cards.append(store.createFlashcard(card)->id);
    }
    const auto reviewed = [&](const QString &cardId, const QDateTime &at, int rating, int stateBefore = 0) {
        ReviewLogEntry entry;
        entry.cardId = cardId;
        entry.reviewedAt = at;
        entry.rating = rating;
        entry.elapsedMs = 7'000;
        entry.stateBefore = stateBefore;
        entry.stateAfter = 2;
        return store.appendReview(entry)->id;
    };
    reviewed(cards[0], QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC), 3);
    // The same quarter hour, then the next one.
    reviewed(cards[0], QDateTime(QDate(2024, 3, 2), QTime(9, 14, 59), Qt::UTC), 1, 2);
    reviewed(cards[0], QDateTime(QDate(2024, 3, 2), QTime(9, 15), Qt::UTC), 3, 2);
    const QString withdrawn = reviewed(cards[1], QDateTime(QDate(2024, 3, 3), QTime(9, 0), Qt::UTC), 1);
    ASSERT_TRUE(store.withdrawReview(withdrawn).ok());
    reviewed(cards[2], QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC), 4);
    ASSERT_TRUE(store.deleteFlashcard(cards[2]).ok());
    CardSchedule schedule;
    schedule.cardId = cards[0];
    schedule.state = 2;
    schedule.due = QDateTime(QDate(2024, 3, 15), QTime(9, 0), Qt::UTC);
    schedule.lastReview = QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC);
    schedule.stability = 10;
    ASSERT_TRUE(store.putCardSchedule(schedule).ok());
    ASSERT_TRUE(store.addListeningSession(lecture.id, QDateTime(QDate(2024, 3, 5), QTime(18, 30), Qt::UTC), 600'000).ok());
    EXPECT_FALSE(store.addListeningSession(lecture.id, QDateTime(), 600'000).ok());
    EXPECT_FALSE(store.addListeningSession(lecture.id, QDateTime(QDate(2024, 3, 5), QTime(18, 30), Qt::UTC), -1).ok());

    auto history = store.progressHistory(QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC));
    ASSERT_TRUE(history.ok()) << qPrintable(history.error().message);

    using Span = LibraryStore::ProgressHistory::ReviewSpan;
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2024, 3, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
    };
    ASSERT_EQ(history->reviews.size(), 3);
    EXPECT_EQ(history->reviews[0], (Span{at(2, 9, 0), 2, 14'000, 1, 0}));
    EXPECT_EQ(history->reviews[1], (Span{at(2, 9, 15), 1, 7'000, 1, 1}));
    EXPECT_EQ(history->reviews[2], (Span{at(4, 9, 0), 1, 7'000, 0, 0}));
    ASSERT_EQ(history->recordings.size(), 1);
    EXPECT_EQ(history->recordings[0].durationMs, 5'400'000);
    ASSERT_EQ(history->listenings.size(), 1);
    EXPECT_EQ(history->listenings[0].atMs, at(5, 18, 30));
    EXPECT_EQ(history->listenings[0].durationMs, 600'000);
    ASSERT_EQ(history->courses.size(), 1);
    EXPECT_EQ(history->courses[0].name, QStringLiteral("Biology"));
    EXPECT_EQ(history->courses[0].byState[0], 1);
    EXPECT_EQ(history->courses[0].byState[2], 1);
    EXPECT_EQ(history->courses[0].reviewed, 1);
    ASSERT_EQ(history->dueMs.size(), 1);
    EXPECT_EQ(history->dueMs[0], schedule.due.toMSecsSinceEpoch());
}

} // namespace
} // namespace lectern
