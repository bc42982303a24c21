#include "ai/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace lectern {

std::chrono::milliseconds RetryPolicy::backoff(int retry, QRandomGenerator &random) const
{
    const double base = double(initialDelay.count()) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(base, double(maxDelay.count()));
    const double shortened = capped * (1.0 - jitter * random.generateDouble());
    return std::chrono::milliseconds(qint64(std::llround(std::max(0.0, shortened))));
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryAfter(double seconds) const
{
    if (!(seconds >= 0) || seconds * 1000.0 > double(maxRetryAfter.count()))
        return std::nullopt;
    return std::chrono::milliseconds(qint64(std::llround(seconds * 1000.0 * waitScale)));
}

} // namespace lectern
