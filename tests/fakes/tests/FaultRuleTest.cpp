#include "FaultRule.h"

#include <gtest/gtest.h>

using namespace lectern::fake;

TEST(FaultPlan, HitsOnlyTheListedRequestsOfItsPath)
{
    FaultPlan plan;
    plan.add(FaultRule::httpStatus(500).onPath(QStringLiteral("/chat/completions")).onRequests({1, 3}));
    EXPECT_TRUE(plan.decide("GET", QStringLiteral("/models")).applied.isEmpty());
    EXPECT_EQ(plan.decide("POST", QStringLiteral("/chat/completions")).outcome->status, 500);
    EXPECT_FALSE(plan.decide("POST", QStringLiteral("/chat/completions")).outcome);
    EXPECT_TRUE(plan.decide("POST", QStringLiteral("/chat/completions")).outcome);
    EXPECT_FALSE(plan.decide("POST", QStringLiteral("/chat/completions")).outcome);
}

TEST(FaultPlan, AFractionWithASeedGivesTheSamePatternEveryTime)
{
    auto pattern = [] {
        FaultPlan plan;
        plan.add(FaultRule::httpStatus(503).withProbability(0.3, 42));
        QList<bool> hits;
        for (int i = 0; i < 200; ++i)
            hits.append(plan.decide("POST", QStringLiteral("/audio/transcriptions")).outcome.has_value());
        return hits;
    };
    const QList<bool> first = pattern();
    EXPECT_EQ(first, pattern());
    const auto count = std::count(first.cbegin(), first.cend(), true);
    EXPECT_GT(count, 30);
    EXPECT_LT(count, 90);
}

TEST(FaultPlan, ModifiersCombineAndTheFirstOutcomeWins)
{
    FaultPlan plan;
    plan.add(FaultRule::latency(40));
    plan.add(FaultRule::rateLimit(7.5).atMost(1));
    plan.add(FaultRule::reset());
    plan.add(FaultRule::slowUplink(1000));
    const FaultDecision first = plan.decide("POST", QStringLiteral("/chat/completions"));
    EXPECT_EQ(first.latencyMs, 40);
    EXPECT_EQ(first.bytesPerSecond, 1000);
    ASSERT_TRUE(first.outcome);
    EXPECT_EQ(first.outcome->status, 429);
    EXPECT_EQ(first.outcome->retryAfterSeconds, 7.5);
    const FaultDecision second = plan.decide("POST", QStringLiteral("/chat/completions"));
    ASSERT_TRUE(second.outcome);
    EXPECT_EQ(second.outcome->kind, FaultKind::Reset);
}

TEST(FaultPlan, ReadsRulesFromJson)
{
    auto plan = FaultPlan::fromJson(R"({"faults":[
        {"fault":"status","status":502,"path":"/models","requests":2},
        {"fault":"rate_limit","retry_after":3},
        {"fault":"groq_speed","factor":189}]})");
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_EQ(plan->size(), 3);
    const FaultDecision first = plan.value().decide("GET", QStringLiteral("/models"));
    EXPECT_EQ(first.outcome->status, 429);
    EXPECT_EQ(first.speedFactor, 189);
    EXPECT_EQ(plan.value().decide("GET", QStringLiteral("/models")).outcome->status, 502);
}

TEST(FaultPlan, RejectsConfigurationMistakesByRule)
{
    auto unknown = FaultPlan::fromJson(R"({"faults":[{"fault":"latency","ms":5},{"fault":"explode"}]})");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("rule 2")));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("explode")));
    EXPECT_FALSE(FaultPlan::fromJson(R"({"faults":[{"fault":"status","status":200}]})").ok());
    EXPECT_FALSE(FaultPlan::fromJson(R"({"faults":[{"fault":"slow_uplink"}]})").ok());
    EXPECT_FALSE(FaultPlan::fromJson("{nope").ok());
    EXPECT_FALSE(FaultPlan::fromFile(QStringLiteral("/nonexistent/faults.json")).ok());
}
