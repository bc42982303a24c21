#include "study/FsrsMemoryModel.h"

#include <algorithm>
#include <cmath>

namespace lectern {

double roundHalfUp(double value)
{
    const double down = std::floor(value);
    return value - down >= 0.5 ? down + 1.0 : down;
}

double roundTo8(double value)
{
    return roundHalfUp(value * 1e8) / 1e8;
}

namespace {

double grade(Rating rating)
{
    return static_cast<double>(static_cast<int>(rating));
}

} // namespace

FsrsMemoryModel::FsrsMemoryModel(const FsrsWeights &weights)
    : m_w(weights)
    , m_decay(-weights[20])
    , m_factor(roundTo8(std::pow(0.9, 1.0 / m_decay) - 1.0))
{
}

double FsrsMemoryModel::rawInitialDifficulty(Rating rating) const
{
    // Not clamped: the Easy value is also the target of mean reversion and may lie below 1.
    return roundTo8(m_w[4] - std::exp((grade(rating) - 1.0) * m_w[5]) + 1.0);
}

MemoryState FsrsMemoryModel::initial(Rating rating) const
{
    const double stability = std::max(m_w[static_cast<std::size_t>(grade(rating)) - 1], 0.1);
    return {stability, std::clamp(rawInitialDifficulty(rating), 1.0, 10.0)};
}

double FsrsMemoryModel::nextDifficulty(double difficulty, Rating rating) const
{
    // Again and Hard raise difficulty, Easy lowers it; the change shrinks as D approaches 10
    // (linear damping), then D drifts slightly back towards the Easy starting difficulty.
    const double delta = -m_w[6] * (grade(rating) - 3.0);
    const double damped = difficulty + roundTo8(delta * (10.0 - difficulty) / 9.0);
    const double reverted = roundTo8(m_w[7] * rawInitialDifficulty(Rating::Easy) + (1.0 - m_w[7]) * damped);
    return std::clamp(reverted, 1.0, 10.0);
}

double FsrsMemoryModel::stabilityAfterRecall(const MemoryState &m, double r, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? m_w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? m_w[16] : 1.0;
    // Growth is larger for easy cards, for weak memories, and for recalls that were unlikely.
    const double growth = std::exp(m_w[8]) * (11.0 - m.difficulty) * std::pow(m.stability, -m_w[9])
                          * (std::exp((1.0 - r) * m_w[10]) - 1.0) * hardPenalty * easyBonus;
    return roundTo8(std::clamp(m.stability * (1.0 + growth), kMinimumStability, kMaximumStability));
}

double FsrsMemoryModel::stabilityAfterLapse(const MemoryState &m, double r) const
{
    const double forgotten = roundTo8(std::clamp(m_w[11] * std::pow(m.difficulty, -m_w[12])
                                                     * (std::pow(m.stability + 1.0, m_w[13]) - 1.0)
                                                     * std::exp((1.0 - r) * m_w[14]),
                                                 kMinimumStability, kMaximumStability));
    // Never above what the same-day relearning steps could bring back, so forgetting a card
    // and relearning it the same day can't leave it stronger than before.
    const double ceiling = std::max(roundTo8(m.stability / std::exp(m_w[17] * m_w[18])), kMinimumStability);
    return std::min(ceiling, forgotten);
}

double FsrsMemoryModel::sameDayStability(double stability, Rating rating) const
{
    double increase = std::pow(stability, -m_w[19]) * std::exp(m_w[17] * (grade(rating) - 3.0 + m_w[18]));
    if (rating != Rating::Again) // passing a same-day review never lowers stability
        increase = std::max(increase, 1.0);
    return roundTo8(std::clamp(stability * increase, kMinimumStability, kMaximumStability));
}

MemoryState FsrsMemoryModel::next(const MemoryState &current, int elapsedDays, Rating rating) const
{
    MemoryState next;
    if (elapsedDays <= 0) {
        next.stability = sameDayStability(current.stability, rating);
    } else {
        const double r = retrievability(elapsedDays, current.stability);
        next.stability = rating == Rating::Again ? stabilityAfterLapse(current, r)
                                                 : stabilityAfterRecall(current, r, rating);
    }
    next.difficulty = nextDifficulty(current.difficulty, rating);
    return next;
}

double FsrsMemoryModel::retrievability(double elapsedDays, double stability) const
{
    if (stability <= 0.0)
        return 0.0;
    return roundTo8(std::pow(1.0 + m_factor * std::max(elapsedDays, 0.0) / stability, m_decay));
}

double FsrsMemoryModel::intervalFor(double stability, double retention) const
{
    const double modifier = roundTo8((std::pow(retention, 1.0 / m_decay) - 1.0) / m_factor);
    return stability * modifier;
}

} // namespace lectern
