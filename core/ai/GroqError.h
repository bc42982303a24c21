#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace lectern {

// The stable codes a Groq request can fail with. Callers and tests match on them; the messages
// beside them are translated and may change.
namespace groq {
inline constexpr QStringView kNoApiKey = u"no_api_key";
inline constexpr QStringView kInvalidApiKey = u"invalid_api_key";   // 401: the key is wrong or revoked
inline constexpr QStringView kTooLarge = u"too_large";              // 413: split the audio and try again
inline constexpr QStringView kRateLimited = u"rate_limited";        // 429 after the retries, or a long retry-after
inline constexpr QStringView kGroqUnavailable = u"groq_unavailable"; // 5xx/498 after the retries, broken stream
inline constexpr QStringView kOffline = u"offline";                 // no route to Groq at all
inline constexpr QStringView kTimeout = u"timeout";                 // nothing moved for the transfer timeout
inline constexpr QStringView kCancelled = u"cancelled";
inline constexpr QStringView kBadResponse = u"bad_response";        // an answer Lectern cannot parse
inline constexpr QStringView kRequestRejected = u"request_rejected"; // other 4xx: Groq's own message says why
inline constexpr QStringView kNetworkError = u"network_error";      // TLS, proxy and other transport failures
inline constexpr QStringView kUnreadableFile = u"unreadable_file";  // the audio file to upload cannot be read
} // namespace groq

// One failed attempt, classified: what to tell the user and whether trying again can help.
struct GroqFailure
{
    Error error;
    bool retryable = false;
    std::optional<double> retryAfterSeconds; // from retry-after, or from Groq's "try again in 5.289s"
    int httpStatus = 0;                      // 0 when no HTTP answer arrived
    QString groqCode;                        // Groq's error.code, e.g. "rate_limit_exceeded"
};

// Builds the errors and classifies failed responses; all messages are translated here.
class GroqErrors
{
    Q_DECLARE_TR_FUNCTIONS(GroqErrors)

public:
    static Error noApiKey();
    static Error cancelled();
    static Error timeout(std::chrono::milliseconds transferTimeout);
    static Error rateLimitWait(double seconds);
    static Error unreadableFile(const QString &path, const QString &reason);
    static Error badResponse(const QString &detail);

    // A response with a non-2xx status. `retryAfter` is the raw retry-after header.
    static GroqFailure fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter);
    // A request that got no complete HTTP answer.
    static GroqFailure fromNetworkError(QNetworkReply::NetworkError error, const QString &detail, const QString &host);
    // A response Lectern could not read; Groq answers the same request differently next time.
    static GroqFailure unreadableAnswer(const Error &error);
    // The SSE stream stopped with x_groq.error or without its [DONE].
    static GroqFailure brokenStream(const QString &detail);
    // The same failure, worded for the end of the retries (rate limit: "try again in" not "waiting").
    static Error finalError(const GroqFailure &failure);
};

} // namespace lectern
