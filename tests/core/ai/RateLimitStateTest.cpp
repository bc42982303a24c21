#include "ai/RateLimitState.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(RateLimitState, ReadsGroqsDurations)
{
    EXPECT_EQ(RateLimitState::parseDurationMs(u"2m59.56s"), 179560);
    EXPECT_EQ(RateLimitState::parseDurationMs(u"7.66s"), 7660);
    EXPECT_EQ(RateLimitState::parseDurationMs(u"1h2m3s"), 3723000);
    EXPECT_EQ(RateLimitState::parseDurationMs(u"120ms"), 120);
    EXPECT_EQ(RateLimitState::parseDurationMs(u" 42 "), 42000);
    EXPECT_FALSE(RateLimitState::parseDurationMs(u""));
    EXPECT_FALSE(RateLimitState::parseDurationMs(u"soon"));
    EXPECT_FALSE(RateLimitState::parseDurationMs(u"3d"));
}
