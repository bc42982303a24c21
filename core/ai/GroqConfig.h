#pragma once

#include "ai/RetryPolicy.h"

#include <QUrl>

#include <chrono>

namespace lectern {

class Settings;

// How the client talks to Groq. Production and tests differ only in these values: tests point
// baseUrl at the fake server and shorten the waits.
struct GroqConfig
{
    static constexpr const char *kDefaultBaseUrl = "https://api.groq.com/openai/v1";

    QUrl baseUrl{QString::fromLatin1(kDefaultBaseUrl)};
    int maxConcurrentRequests = 4;
    // A request fails with `timeout` when nothing was sent or received for this long. It is an
    // inactivity limit, so a long upload on a slow line is fine as long as it moves.
    std::chrono::milliseconds transferTimeout{60'000};
    RetryPolicy retry;

    // GROQ_BASE_URL (as Groq's SDKs read it), else Setting::GroqBaseUrl, else Groq's own URL;
    // concurrency from Setting::GroqConcurrency.
    static GroqConfig fromSettings(const Settings &settings);
    static QUrl resolveBaseUrl(const Settings &settings);
};

} // namespace lectern
