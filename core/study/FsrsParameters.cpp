#include "study/FsrsParameters.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

constexpr double kSameDayCeiling = 2.0;

// The ranges FSRS-6 clips its weights to during optimisation, index by index.
constexpr std::array<std::pair<double, double>, 21> kWeightBounds{{
    {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
    {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
    {0, 4.5}, {0, 0.8}, {0.001, 3.5},
    {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
    {0, 1}, {1, 6},
    {0, kSameDayCeiling}, {0, kSameDayCeiling}, {0.01, 0.8},
    {0.1, 0.8},
}};

} // namespace

std::pair<double, double> FsrsParameters::weightBounds(int index)
{
    return kWeightBounds.at(static_cast<std::size_t>(index));
}

Status FsrsParameters::validate() const
{
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto [low, high] = kWeightBounds[i];
        if (!std::isfinite(weights[i]) || weights[i] < low || weights[i] > high) {
            return Error{QStringLiteral("study.weight-out-of-range"),
                         tr("FSRS weight w[%1] is %2, but it must lie between %3 and %4. "
                            "Re-run the optimiser or reset the scheduling parameters to their defaults.")
                             .arg(i)
                             .arg(weights[i])
                             .arg(low)
                             .arg(high)};
        }
    }
    if (!(desiredRetention > 0.0 && desiredRetention < 1.0)) {
        return Error{QStringLiteral("study.retention-out-of-range"),
                     tr("The desired retention is %1, but it must be above 0 and below 1 "
                        "(0.9 means recalling nine cards in ten when they come due).")
                         .arg(desiredRetention)};
    }
    if (maximumIntervalDays < 1 || maximumIntervalDays > 36500) {
        return Error{QStringLiteral("study.maximum-interval-out-of-range"),
                     tr("The maximum interval is %1 days, but it must be between 1 and 36500 days.")
                         .arg(maximumIntervalDays)};
    }
    for (const auto *steps : {&learningSteps, &relearningSteps}) {
        for (const std::chrono::minutes step : *steps) {
            if (step.count() <= 0) {
                return Error{QStringLiteral("study.invalid-learning-step"),
                             (steps == &learningSteps ? tr("Learning step of %1 minutes is not allowed: "
                                                           "every step must be at least one minute.")
                                                      : tr("Relearning step of %1 minutes is not allowed: "
                                                           "every step must be at least one minute."))
                                 .arg(step.count())};
            }
        }
    }
    return success();
}

FsrsWeights FsrsParameters::effectiveWeights() const
{
    FsrsWeights w = weights;
    const auto relearningCount = relearningSteps.size();
    if (relearningCount > 1) {
        // Each same-day Good multiplies stability by at most exp(w17 * w18) ~ exp(ceiling^2);
        // after `relearningCount` of them the card must still be below what a lapse leaves.
        const double lapseLoss = std::log(w[11]) + std::log(std::pow(2.0, w[13]) - 1.0) + w[14] * 0.3;
        const double perStep = -lapseLoss / static_cast<double>(relearningCount);
        const double ceiling =
            std::clamp(std::round(std::sqrt(std::max(perStep, 0.0)) * 1e8) / 1e8, 0.01, kSameDayCeiling);
        w[17] = std::min(w[17], ceiling);
        w[18] = std::min(w[18], ceiling);
    }
    return w;
}

} // namespace lectern
