#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <chrono>
#include <utility>

namespace lectern {

using FsrsWeights = std::array<double, 21>;

// Everything that shapes a student's schedule. The weights are the FSRS-6 model's 21 trainable
// parameters; the defaults are the published FSRS-6 defaults (trained on the open Anki review
// data set), which suit a student whose own reviews have not been optimised yet.
struct FsrsParameters
{
    static constexpr FsrsWeights kDefaultWeights{
        0.212,  1.2931, 2.3065, 8.2956, // initial stability after Again, Hard, Good, Easy
        6.4133, 0.8334,                  // initial difficulty
        3.0194, 0.001,                   // difficulty change per rating, mean reversion
        1.8722, 0.1666, 0.796,           // stability growth after a successful recall
        1.4835, 0.0614, 0.2629, 1.6483,  // stability after a lapse
        0.6014, 1.8729,                  // Hard penalty, Easy bonus
        0.5425, 0.0912, 0.0658,          // same-day (short-term) reviews
        0.1542,                          // decay of the forgetting curve
    };

    FsrsWeights weights = kDefaultWeights;
    // The probability of recalling a card when it comes due; higher means shorter intervals.
    double desiredRetention = 0.9;
    int maximumIntervalDays = 36500;
    // Spreads due dates of cards learnt together so they don't all come back on the same day.
    bool enableFuzz = true;
    QList<std::chrono::minutes> learningSteps{std::chrono::minutes(1), std::chrono::minutes(10)};
    QList<std::chrono::minutes> relearningSteps{std::chrono::minutes(10)};

    // Why these parameters can't schedule, e.g. a weight outside the range FSRS was trained in.
    // Error codes: study.weight-out-of-range, study.retention-out-of-range,
    // study.maximum-interval-out-of-range, study.invalid-learning-step.
    Status validate() const;

    // The range FSRS-6 keeps weight `index` in while training; outside it the formulas misbehave.
    static std::pair<double, double> weightBounds(int index);

    // The weights the formulas use. With more than one relearning step, w17 and w18 are capped
    // so that a run of same-day Good answers after a lapse can't give back more stability than
    // the lapse took away (the rule FSRS-6 itself applies).
    FsrsWeights effectiveWeights() const;

    friend bool operator==(const FsrsParameters &, const FsrsParameters &) = default;

    // Last: the macro leaves the members after it private, and this struct is an aggregate.
    Q_DECLARE_TR_FUNCTIONS(lectern::FsrsParameters)
};

} // namespace lectern
