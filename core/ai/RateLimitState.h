#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

class QNetworkReply;

namespace lectern {

// What Groq's x-ratelimit-* headers said last: the request quota (per day) and the token quota
// (per minute). Fields the server did not send stay empty.
struct RateLimitState
{
    std::optional<qint64> limitRequests;
    std::optional<qint64> remainingRequests;
    std::optional<qint64> resetRequestsMs; // until the request quota is full again
    std::optional<qint64> limitTokens;
    std::optional<qint64> remainingTokens;
    std::optional<qint64> resetTokensMs;
    QDateTime observedAt;

    bool isKnown() const { return observedAt.isValid(); }

    // Reads the headers of a response; nothing when it carried none of them.
    static std::optional<RateLimitState> fromReply(const QNetworkReply &reply, const QDateTime &now);
    // Groq writes durations like "2m59.56s", "7.66s", "1h2m" or "120ms"; nothing when unreadable.
    static std::optional<qint64> parseDurationMs(QStringView text);

    friend bool operator==(const RateLimitState &, const RateLimitState &) = default;
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::RateLimitState)
