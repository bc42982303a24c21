#include "study/FsrsScheduler.h"

#include "StudyTestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace lectern;
using namespace lectern::test;

namespace {

const QString kCard = QStringLiteral("5b0c7e9e-3f1d-4a55-9a57-0d3c2b1f8e21");

ReviewRecord rec(const QString &id, const QDateTime &at, Rating rating)
{
    return ReviewRecord{id, at, rating};
}

// The card as the student saw it: each review applied in turn on the device.
FsrsCard stepLive(const FsrsScheduler &s, QList<ReviewRecord> log)
{
    std::sort(log.begin(), log.end(), [](const ReviewRecord &a, const ReviewRecord &b) { return a.reviewedAt < b.reviewedAt; });
    FsrsCard card = FsrsCard::fresh(kCard, start());
    for (const ReviewRecord &r : log)
        card = s.review(card, r.reviewedAt, r.rating).card;
    return card;
}

FsrsCard replayed(const FsrsScheduler &s, const QList<ReviewRecord> &log)
{
    const Result<FsrsCard> card = s.replay(kCard, log, start());
    EXPECT_TRUE(card.ok()) << qPrintable(card.ok() ? QString() : card.error().message);
    return card.ok() ? card.value() : FsrsCard{};
}

// Reviews on the phone on the way to lectures, and on the laptop at home, of the same card.
const QList<ReviewRecord> kPhone{
    rec(QStringLiteral("p1"), day(0, 8, 0), Rating::Good),
    rec(QStringLiteral("p2"), day(0, 8, 10), Rating::Good),
    rec(QStringLiteral("p3"), day(9, 7, 45), Rating::Hard),
    rec(QStringLiteral("p4"), day(40, 7, 50), Rating::Again),
    rec(QStringLiteral("p5"), day(40, 8, 0), Rating::Good),
};
const QList<ReviewRecord> kLaptop{
    rec(QStringLiteral("l1"), day(3, 20, 0), Rating::Good),
    rec(QStringLiteral("l2"), day(25, 21, 30), Rating::Easy),
    rec(QStringLiteral("l3"), day(41, 19, 0), Rating::Good),
    rec(QStringLiteral("l4"), day(90, 22, 15), Rating::Good),
};

} // namespace

TEST(FsrsReplay, ReplayingTheLogGivesTheStateReachedLive)
{
    const FsrsScheduler s;
    QList<ReviewRecord> log = kPhone + kLaptop;
    const FsrsCard live = stepLive(s, log);
    EXPECT_EQ(replayed(s, log), live);
    EXPECT_EQ(live.reps, 9);
    EXPECT_EQ(live.lapses, 1);
    EXPECT_EQ(live.state, CardState::Review);
    EXPECT_EQ(live.lastReview, day(90, 22, 15));
}

TEST(FsrsReplay, TheUnionOfTwoDevicesLogsGivesOneStateWhateverTheOrder)
{
    const FsrsScheduler s;
    // Each device holds its own reviews plus whatever it had already pulled from the other.
    QList<ReviewRecord> phoneAfterSync = kPhone + kLaptop.mid(0, 2);
    QList<ReviewRecord> laptopAfterSync = kLaptop + kPhone.mid(0, 3);
    const FsrsCard expected = stepLive(s, kPhone + kLaptop);

    EXPECT_EQ(replayed(s, phoneAfterSync + laptopAfterSync), expected);
    EXPECT_EQ(replayed(s, laptopAfterSync + phoneAfterSync), expected);
    std::mt19937 shuffle(20240115);
    QList<ReviewRecord> unionLog = phoneAfterSync + laptopAfterSync;
    for (int round = 0; round < 20; ++round) {
        std::shuffle(unionLog.begin(), unionLog.end(), shuffle);
        ASSERT_EQ(replayed(s, unionLog), expected) << "shuffle " << round;
    }
    EXPECT_EQ(expected.reps, 9) << "reviews both devices hold count once";
}

TEST(FsrsReplay, ReviewsAtTheSameInstantAreOrderedById)
{
    const FsrsScheduler s;
    const QDateTime same = day(0, 9, 0);
    const QList<ReviewRecord> a{rec(QStringLiteral("a"), same, Rating::Again), rec(QStringLiteral("b"), same, Rating::Easy)};
    const QList<ReviewRecord> b{a[1], a[0]};
    const FsrsCard card = replayed(s, a);
    EXPECT_EQ(replayed(s, b), card);
    // "a" (Again) first, then "b" (Easy) on the same day.
    const FsrsCard afterAgain = s.review(FsrsCard::fresh(kCard, start()), same, Rating::Again).card;
    EXPECT_EQ(card, s.review(afterAgain, same, Rating::Easy).card);
}

TEST(FsrsReplay, TwoDevicesComputeTheSameFuzzedDueDates)
{
    // Two scheduler instances stand in for two devices; fuzz is on by default.
    const FsrsScheduler phone;
    const FsrsScheduler laptop;
    const FsrsCard onPhone = replayed(phone, kPhone + kLaptop);
    const FsrsCard onLaptop = replayed(laptop, kLaptop + kPhone);
    EXPECT_EQ(onPhone.due, onLaptop.due);
    EXPECT_EQ(onPhone, onLaptop);

    // The fuzz differs from card to card, so cards learnt together spread out.
    QSet<QDateTime> dues;
    for (int i = 0; i < 20; ++i) {
        const Result<FsrsCard> card = phone.replay(QStringLiteral("card-%1").arg(i), kPhone + kLaptop, start());
        ASSERT_TRUE(card.ok());
        dues.insert(card->due);
    }
    EXPECT_GT(dues.size(), 3);
}

TEST(FsrsReplay, AnEmptyLogIsANewCard)
{
    const Result<FsrsCard> card = FsrsScheduler().replay(kCard, {}, start());
    ASSERT_TRUE(card.ok());
    EXPECT_EQ(card.value(), FsrsCard::fresh(kCard, start()));
    EXPECT_EQ(card->state, CardState::New);
    EXPECT_EQ(card->due, start());
}

TEST(FsrsReplay, AReviewWithoutATimeIsReported)
{
    const Result<FsrsCard> card =
        FsrsScheduler().replay(kCard, {kPhone[0], rec(QStringLiteral("broken-7"), QDateTime(), Rating::Good)}, start());
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("study.invalid-review"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("broken-7"))) << qPrintable(card.error().message);
    EXPECT_TRUE(card.error().message.contains(kCard));
}

TEST(FsrsReplay, AnUnknownRatingIsReported)
{
    const Result<FsrsCard> card =
        FsrsScheduler().replay(kCard, {rec(QStringLiteral("odd"), day(1), static_cast<Rating>(7))}, start());
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code, QStringLiteral("study.invalid-review"));
    EXPECT_TRUE(card.error().message.contains(QStringLiteral("7")));
    EXPECT_FALSE(ratingFromInt(0).has_value());
    EXPECT_EQ(ratingFromInt(3), Rating::Good);
}

TEST(FsrsReplay, AClockSetBackCountsAsTheSameDay)
{
    const FsrsScheduler s;
    const FsrsCard reviewed = s.review(FsrsCard::fresh(kCard, start()), day(5), Rating::Easy).card;
    // A device whose clock is a day behind reviews "before" the last review.
    const FsrsOutcome outcome = s.review(reviewed, day(4), Rating::Good);
    EXPECT_EQ(outcome.card.stability, s.review(reviewed, day(5, 18, 0), Rating::Good).card.stability);
    EXPECT_GE(outcome.scheduledDays, 1);
}
