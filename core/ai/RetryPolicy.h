#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace lectern {

// When and how often a failed Groq request is tried again. The defaults follow Groq's own SDK:
// two retries, exponential backoff from 0.5 s to 8 s with up to 25 % jitter, and a server's
// `retry-after` honoured when it asks for at most 60 s. Tests shrink every wait through the same
// object (small delays, waitScale), so they never sleep.
struct RetryPolicy
{
    int maxRetries = 2;
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxDelay{8000};
    // Each backoff is shortened by a random fraction in [0, jitter), so parallel uploads that failed
    // together do not come back together.
    double jitter = 0.25;
    // A longer retry-after (a daily quota, say) is not waited for inside one request: the request
    // fails with rate_limited and says how long, so the caller can plan.
    std::chrono::milliseconds maxRetryAfter{60'000};
    // Multiplies the retry-after a server asks for before waiting (1 in the app; tests use a small
    // factor so a fake's "retry-after: 2" costs milliseconds).
    double waitScale = 1.0;

    // The wait before retry number `retry` (1 for the first retry) when the server gave no
    // retry-after.
    std::chrono::milliseconds backoff(int retry, QRandomGenerator &random) const;
    // The wait the server asked for, or nothing when it asked for more than maxRetryAfter.
    std::optional<std::chrono::milliseconds> retryAfter(double seconds) const;
};

} // namespace lectern
