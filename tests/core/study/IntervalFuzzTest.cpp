// Pinned fuzzed intervals come from ts-fsrs 5.4.2's FSRSAlgorithm.apply_fuzz with the same seed.
#include "study/IntervalFuzz.h"

#include <QSet>
#include <QString>

#include <gtest/gtest.h>

using namespace lectern;

TEST(IntervalFuzz, MatchesTheReferenceForTheSameSeed)
{
    struct Case
    {
        int interval;
        int elapsed;
        int maximum;
        const char16_t *seed;
        int fuzzed;
    };
    const Case cases[] = {
        {3, 0, 36500, u"a1", 2},
        {5, 2, 36500, u"card-00011", 4},
        {8, 0, 36500, u"card-00011", 6},
        {14, 3, 36500, u"card-00022", 16},
        {71, 45, 36500, u"card-00025", 65},
        {100, 100, 36500, u"lecture/42:card#7", 104},
        {365, 200, 36500, u"\u00dcbung-\u00df-1", 363}, // non-ASCII ids hash by UTF-16 code unit
        {400, 10, 100, u"cap", 80},
        {30, 20, 30, u"x9", 30},
        {36500, 30000, 36500, u"card-000512", 36291},
    };
    for (const Case &c : cases) {
        const QString seed = QString::fromUtf16(c.seed);
        EXPECT_EQ(IntervalFuzz::apply(c.interval, c.elapsed, c.maximum, seed), c.fuzzed) << qPrintable(seed);
    }
}

TEST(IntervalFuzz, ShortIntervalsAreLeftAlone)
{
    EXPECT_EQ(IntervalFuzz::apply(1, 0, 36500, u"any"), 1);
    EXPECT_EQ(IntervalFuzz::apply(2, 0, 36500, u"any"), 2);
}

TEST(IntervalFuzz, SpreadsCardsWithinTheRangeAndNeverBeforeTheElapsedTime)
{
    QSet<int> seen;
    for (int card = 0; card < 200; ++card) {
        const int fuzzed = IntervalFuzz::apply(20, 15, 36500, QStringLiteral("card-%1").arg(card));
        // 20 days: ±(1 + 0.15 * 4.5 + 0.1 * 13) = ±2.975, so 17..23, and later than 15 days.
        EXPECT_GE(fuzzed, 17);
        EXPECT_LE(fuzzed, 23);
        seen.insert(fuzzed);
        EXPECT_GE(IntervalFuzz::apply(20, 19, 36500, QStringLiteral("card-%1").arg(card)), 20);
        EXPECT_LE(IntervalFuzz::apply(400, 0, 365, QStringLiteral("card-%1").arg(card)), 365);
    }
    EXPECT_EQ(seen.size(), 7) << "every day of the range is used";
}

TEST(IntervalFuzz, TheSameSeedAlwaysGivesTheSameNumber)
{
    const double first = IntervalFuzz::firstRandom(u"card-42");
    EXPECT_EQ(IntervalFuzz::firstRandom(u"card-42"), first);
    EXPECT_NE(IntervalFuzz::firstRandom(u"card-43"), first);
    EXPECT_GE(first, 0.0);
    EXPECT_LT(first, 1.0);
}
