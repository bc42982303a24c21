#include "ai/RateLimitState.h"

#include <QNetworkReply>

#include <cmath>

namespace lectern {

namespace {

std::optional<qint64> integerHeader(const QNetworkReply &reply, const char *name)
{
    const QByteArray raw = reply.rawHeader(name).trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = raw.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<qint64> durationHeader(const QNetworkReply &reply, const char *name)
{
    const QByteArray raw = reply.rawHeader(name).trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    return RateLimitState::parseDurationMs(QString::fromLatin1(raw));
}

} // namespace

std::optional<qint64> RateLimitState::parseDurationMs(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    double totalMs = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype numberStart = i;
        while (i < text.size() && (text[i].isDigit() || text[i] == u'.'))
            ++i;
        if (i == numberStart)
            return std::nullopt;
        bool ok = false;
        const double number = text.sliced(numberStart, i - numberStart).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < text.size() && text[i].isLetter())
            ++i;
        const QStringView unit = text.sliced(unitStart, i - unitStart);
        if (unit == u"h")
            totalMs += number * 3'600'000;
        else if (unit == u"m")
            totalMs += number * 60'000;
        else if (unit == u"s" || unit.isEmpty())
            totalMs += number * 1000;
        else if (unit == u"ms")
            totalMs += number;
        else
            return std::nullopt;
    }
    return qint64(std::llround(totalMs));
}

std::optional<RateLimitState> RateLimitState::fromReply(const QNetworkReply &reply, const QDateTime &now)
{
    RateLimitState state;
    state.limitRequests = integerHeader(reply, "x-ratelimit-limit-requests");
    state.remainingRequests = integerHeader(reply, "x-ratelimit-remaining-requests");
    state.resetRequestsMs = durationHeader(reply, "x-ratelimit-reset-requests");
    state.limitTokens = integerHeader(reply, "x-ratelimit-limit-tokens");
    state.remainingTokens = integerHeader(reply, "x-ratelimit-remaining-tokens");
    state.resetTokensMs = durationHeader(reply, "x-ratelimit-reset-tokens");
    if (!state.limitRequests && !state.remainingRequests && !state.resetRequestsMs && !state.limitTokens
        && !state.remainingTokens && !state.resetTokensMs) {
        return std::nullopt;
    }
    state.observedAt = now;
    return state;
}

} // namespace lectern
