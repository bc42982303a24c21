#include "study/FsrsParameters.h"
#include "study/FsrsScheduler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace lectern;
using std::chrono::minutes;

TEST(FsrsParameters, DefaultsAreThePublishedFsrs6Ones)
{
    const FsrsParameters p;
    // FSRS-6 default weights, as shipped by ts-fsrs 5.4.2 (default_w).
    const FsrsWeights published{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    EXPECT_EQ(p.weights, published);
    EXPECT_EQ(p.desiredRetention, 0.9);
    EXPECT_EQ(p.maximumIntervalDays, 36500);
    EXPECT_TRUE(p.enableFuzz);
    EXPECT_EQ(p.learningSteps, (QList<minutes>{minutes(1), minutes(10)}));
    EXPECT_EQ(p.relearningSteps, (QList<minutes>{minutes(10)}));
    EXPECT_TRUE(p.validate().ok());
    EXPECT_EQ(FsrsScheduler().parameters(), p);
}

TEST(FsrsParameters, AWeightOutsideItsTrainedRangeIsRejectedByName)
{
    FsrsParameters p;
    p.weights[5] = 7.0; // w5 is trained within [0.001, 4]
    const Status status = p.validate();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("study.weight-out-of-range"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("w[5]"))) << qPrintable(status.error().message);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("7"))) << qPrintable(status.error().message);

    const Result<FsrsScheduler> scheduler = FsrsScheduler::create(p);
    ASSERT_FALSE(scheduler.ok());
    EXPECT_EQ(scheduler.error(), status.error());
}

TEST(FsrsParameters, NonFiniteWeightsAreRejected)
{
    for (const double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        FsrsParameters p;
        p.weights[20] = bad;
        const Status status = p.validate();
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().code, QStringLiteral("study.weight-out-of-range"));
    }
}

TEST(FsrsParameters, RetentionMustBeAProbabilityBelowOne)
{
    for (const double bad : {0.0, 1.0, 1.5, -0.2, std::numeric_limits<double>::quiet_NaN()}) {
        FsrsParameters p;
        p.desiredRetention = bad;
        const Status status = p.validate();
        ASSERT_FALSE(status.ok()) << bad;
        EXPECT_EQ(status.error().code, QStringLiteral("study.retention-out-of-range"));
    }
    FsrsParameters fine;
    fine.desiredRetention = 0.97;
    EXPECT_TRUE(fine.validate().ok());
}

TEST(FsrsParameters, MaximumIntervalMustBeBetweenADayAndAHundredYears)
{
    for (const int bad : {0, -5, 36501}) {
        FsrsParameters p;
        p.maximumIntervalDays = bad;
        const Status status = p.validate();
        ASSERT_FALSE(status.ok()) << bad;
        EXPECT_EQ(status.error().code, QStringLiteral("study.maximum-interval-out-of-range"));
    }
}

TEST(FsrsParameters, LearningStepsMustBePositive)
{
    FsrsParameters p;
    p.relearningSteps = {minutes(10), minutes(0)};
    const Status status = p.validate();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("study.invalid-learning-step"));
    EXPECT_TRUE(status.error().message.startsWith(QStringLiteral("Relearning"))) << qPrintable(status.error().message);

    FsrsParameters none;
    none.learningSteps.clear();
    none.relearningSteps.clear();
    EXPECT_TRUE(none.validate().ok()) << "no steps means straight to review";
}

TEST(FsrsParameters, SeveralRelearningStepsCapTheSameDayWeights)
{
    FsrsParameters p;
    EXPECT_EQ(p.effectiveWeights(), p.weights);
    p.relearningSteps = {minutes(10), minutes(30)};
    EXPECT_NEAR(p.effectiveWeights()[17], 0.5425, 1e-9); // ts-fsrs clipParameters(default_w, 2)
    p.relearningSteps = {minutes(10), minutes(30), minutes(60)};
    EXPECT_NEAR(p.effectiveWeights()[17], 0.49027301, 1e-9); // ts-fsrs clipParameters(default_w, 3)
    EXPECT_NEAR(p.effectiveWeights()[18], 0.0912, 1e-9);
}
