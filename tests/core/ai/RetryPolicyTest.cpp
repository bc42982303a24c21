#include "ai/RetryPolicy.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace lectern;
using namespace std::chrono_literals;

TEST(RetryPolicy, BacksOffExponentiallyWithJitterUpToTheCap)
{
    const RetryPolicy policy;
    QRandomGenerator random(3);
    for (int i = 0; i < 50; ++i) {
        const auto first = policy.backoff(1, random);
        EXPECT_GE(first, 375ms);
        EXPECT_LE(first, 500ms);
        const auto third = policy.backoff(3, random);
        EXPECT_GE(third, 1500ms);
        EXPECT_LE(third, 2000ms);
        const auto late = policy.backoff(9, random);
        EXPECT_GE(late, 6000ms);
        EXPECT_LE(late, 8000ms);
    }
}

TEST(RetryPolicy, HonoursRetryAfterUpToAMinute)
{
    RetryPolicy policy;
    EXPECT_EQ(policy.retryAfter(5.289), 5289ms);
    EXPECT_EQ(policy.retryAfter(60), 60000ms);
    EXPECT_FALSE(policy.retryAfter(61));
    EXPECT_FALSE(policy.retryAfter(-1));
    policy.waitScale = 0.01;
    EXPECT_EQ(policy.retryAfter(6), 60ms);
}
