#pragma once

#include "study/FsrsCard.h"
#include "study/FsrsParameters.h"

namespace lectern {

// What FSRS believes about one memory: stability S (days until recall probability falls to
// 90%) and difficulty D (1..10).
struct MemoryState
{
    double stability = 0.0;
    double difficulty = 0.0;

    friend bool operator==(const MemoryState &, const MemoryState &) = default;
};

// The FSRS-6 formulas: how a review changes a memory, and how recall probability decays.
//
// Results are rounded to 8 decimal places, as the reference implementations do. Besides keeping
// Lectern's numbers equal to theirs, this absorbs last-bit differences between the maths
// libraries of different devices, so replaying a review log gives the same schedule everywhere.
class FsrsMemoryModel
{
public:
    // `weights` must have passed FsrsParameters::validate().
    explicit FsrsMemoryModel(const FsrsWeights &weights);

    MemoryState initial(Rating rating) const;
    // The memory after a review `elapsedDays` calendar days after the previous one. Reviews on
    // the same day use FSRS-6's short-term update instead of the forgetting curve.
    MemoryState next(const MemoryState &current, int elapsedDays, Rating rating) const;

    // Recall probability after `elapsedDays`: R(t, S) = (1 + factor * t / S)^(-w20), with the
    // factor chosen so that R(S, S) = 0.9.
    double retrievability(double elapsedDays, double stability) const;

    // The interval (in days, unrounded) after which recall probability reaches `retention`.
    double intervalFor(double stability, double retention) const;

    static constexpr double kMinimumStability = 0.001;
    static constexpr double kMaximumStability = 36500.0;

private:
    double rawInitialDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double stabilityAfterRecall(const MemoryState &m, double r, Rating rating) const;
    double stabilityAfterLapse(const MemoryState &m, double r) const;
    double sameDayStability(double stability, Rating rating) const;

    FsrsWeights m_w;
    double m_decay;  // -w20
    double m_factor; // 0.9^(1 / decay) - 1
};

// Rounds halves towards +infinity, as JavaScript's Math.round does, so ties land on the same
// side as in the reference implementation.
double roundHalfUp(double value);
// `value` rounded to 8 decimal places (see FsrsMemoryModel).
double roundTo8(double value);

} // namespace lectern
