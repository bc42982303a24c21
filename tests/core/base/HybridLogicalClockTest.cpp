#include "base/HybridLogicalClock.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(HybridLogicalClock, TimestampsFollowTheWallClockWhenItMovesForward)
{
    ManualClock wall;
    HybridLogicalClock hlc(QStringLiteral("00000000000000aa"), wall);
    const HlcTimestamp first = hlc.now();
    wall.advanceMs(5);
    const HlcTimestamp second = hlc.now();
    EXPECT_EQ(second.wallMs, first.wallMs + 5);
    EXPECT_EQ(second.counter, 0);
    EXPECT_LT(first, second);
}

TEST(HybridLogicalClock, EventsInTheSameMillisecondStillIncrease)
{
    ManualClock wall;
    HybridLogicalClock hlc(QStringLiteral("00000000000000aa"), wall);
    HlcTimestamp previous = hlc.now();
    for (int i = 0; i < 1000; ++i) {
        const HlcTimestamp next = hlc.now();
        ASSERT_LT(previous, next);
        ASSERT_LT(previous.toString(), next.toString()) << "text form must sort like the timestamps";
        previous = next;
    }
}

TEST(HybridLogicalClock, AWallClockThatGoesBackwardsDoesNotReorderChanges)
{
    ManualClock wall;
    HybridLogicalClock hlc(QStringLiteral("00000000000000aa"), wall);
    const HlcTimestamp before = hlc.now();
    wall.advanceMs(-60'000); // NTP corrected the clock by a minute
    EXPECT_LT(before, hlc.now());
}

TEST(HybridLogicalClock, ChangesAfterAnObservedRemoteChangeSortAfterIt)
{
    ManualClock wall;
    HybridLogicalClock local(QStringLiteral("00000000000000aa"), wall);
    HlcTimestamp remote{wall.nowMs() + 3'600'000, 7, QStringLiteral("00000000000000bb")};
    local.observe(remote);
    const HlcTimestamp mine = local.now();
    EXPECT_LT(remote, mine);
    EXPECT_EQ(mine.wallMs, remote.wallMs);
    EXPECT_EQ(mine.counter, 8);
}

TEST(HybridLogicalClock, CounterOverflowBorrowsTheNextMillisecond)
{
    ManualClock wall;
    HybridLogicalClock hlc(QStringLiteral("00000000000000aa"), wall);
    hlc.observe({wall.nowMs(), 0xfffe, QStringLiteral("00000000000000bb")});
    const HlcTimestamp a = hlc.now();
    const HlcTimestamp b = hlc.now();
    EXPECT_EQ(a.counter, 0xffff);
    EXPECT_EQ(b.wallMs, a.wallMs + 1);
    EXPECT_EQ(b.counter, 0);
}

TEST(HlcTimestamp, TextFormRoundTrips)
{
    const HlcTimestamp ts{1'732'500'000'123, 0x2a, QStringLiteral("0123456789abcdef")};
    EXPECT_EQ(ts.toString(), QStringLiteral("001732500000123-002a-0123456789abcdef"));
    const auto parsed = HlcTimestamp::fromString(ts.toString());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, ts);
}

TEST(HlcTimestamp, MalformedTextIsRejected)
{
    for (const char *bad : {"", "001732500000123-002a-0123456789abcde", "001732500000123_002a-0123456789abcdef",
                            "00173250000012x-002a-0123456789abcdef", "001732500000123-002A-0123456789abcdef",
                            "001732500000123-002a-0123456789abcdefg"}) {
        EXPECT_FALSE(HlcTimestamp::fromString(QString::fromLatin1(bad)).has_value()) << bad;
    }
}

TEST(HlcTimestamp, NodeIdBreaksTies)
{
    const HlcTimestamp a{10, 1, QStringLiteral("000000000000000a")};
    const HlcTimestamp b{10, 1, QStringLiteral("000000000000000b")};
    EXPECT_LT(a, b);
    EXPECT_NE(a, b);
}

TEST(HybridLogicalClock, NodeIdsAreSixteenHexDigitsAndDiffer)
{
    const QString a = HybridLogicalClock::makeNodeId();
    const QString b = HybridLogicalClock::makeNodeId();
    EXPECT_EQ(a.size(), 16);
    EXPECT_NE(a, b);
    EXPECT_TRUE(HlcTimestamp::fromString(QString(QStringLiteral("000000000000001-0000-") + a)).has_value());
}
