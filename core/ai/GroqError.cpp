#include "ai/GroqError.h"

#include "ai/RateLimitState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace lectern {

namespace {

Error makeError(QStringView code, QString message)
{
    return Error{code.toString(), std::move(message)};
}

// Rounds up, so "5.289s" is announced as 6 s and the wait is never shorter than said.
qint64 wholeSeconds(double seconds)
{
    return qint64(std::ceil(std::max(0.0, seconds)));
}

struct GroqErrorBody
{
    QString message;
    QString code;
};

GroqErrorBody parseErrorBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    GroqErrorBody parsed{error.value(QLatin1String("message")).toString(), error.value(QLatin1String("code")).toString()};
    if (parsed.message.isEmpty())
        parsed.message = QString::fromUtf8(body.left(200)).simplified();
    return parsed;
}

// Groq also says the wait in prose: "Please try again in 5.289s" or "in 1m30.5s".
std::optional<double> waitFromMessage(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("try again in ((?:[0-9.]+(?:ms|h|m|s))+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<qint64> ms = RateLimitState::parseDurationMs(match.capturedView(1));
    return ms ? std::optional<double>(double(*ms) / 1000.0) : std::nullopt;
}

} // namespace

Error GroqErrors::noApiKey()
{
    return makeError(groq::kNoApiKey, tr("No Groq API key. Save one in Lectern's Settings (or with \"lectern-cli key set\"), "
                                          "or set the GROQ_API_KEY environment variable."));
}

Error GroqErrors::cancelled()
{
    return makeError(groq::kCancelled, tr("The request to Groq was cancelled."));
}

Error GroqErrors::timeout(std::chrono::milliseconds transferTimeout)
{
    return makeError(groq::kTimeout,
                     tr("Groq did not answer for %n s; the request was given up.", nullptr,
                        int(wholeSeconds(double(transferTimeout.count()) / 1000.0))));
}

Error GroqErrors::rateLimitWait(double seconds)
{
    return makeError(groq::kRateLimited,
                     tr("Groq's rate limit was reached; waiting %n s", nullptr, int(wholeSeconds(seconds))));
}

Error GroqErrors::unreadableFile(const QString &path, const QString &reason)
{
    return makeError(groq::kUnreadableFile, tr("Cannot read the audio file %1 for upload: %2").arg(path, reason));
}

Error GroqErrors::badResponse(const QString &detail)
{
    return makeError(groq::kBadResponse, tr("Groq sent an answer Lectern cannot read: %1").arg(detail));
}

GroqFailure GroqErrors::fromHttpStatus(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    const GroqErrorBody groqError = parseErrorBody(body);
    GroqFailure failure;
    failure.httpStatus = status;
    failure.groqCode = groqError.code;
    bool ok = false;
    const double headerWait = retryAfter.trimmed().toDouble(&ok);
    failure.retryAfterSeconds = ok ? std::optional<double>(headerWait) : waitFromMessage(groqError.message);

    if (status == 401) {
        failure.error = makeError(groq::kInvalidApiKey,
                                  tr("Groq rejected the API key (%1). Check the key in Settings or GROQ_API_KEY.")
                                      .arg(groqError.message));
    } else if (status == 413) {
        failure.error = makeError(groq::kTooLarge,
                                  tr("Groq refused the upload as too large (%1). Send the audio in smaller pieces.")
                                      .arg(groqError.message));
    } else if (status == 429) {
        failure.retryable = true;
        failure.error = rateLimitWait(failure.retryAfterSeconds.value_or(0));
    } else if (status == 498) {
        failure.retryable = true;
        failure.error = makeError(groq::kGroqUnavailable,
                                  tr("Groq has no capacity free right now (HTTP 498: %1). Try again later.")
                                      .arg(groqError.message));
    } else if (status == 408 || status == 409 || status >= 500) {
        failure.retryable = true;
        failure.error = makeError(groq::kGroqUnavailable,
                                  tr("Groq is unavailable right now (HTTP %1: %2). Try again later.")
                                      .arg(status)
                                      .arg(groqError.message));
    } else if (status == 400 && groqError.code == QLatin1String("json_validate_failed")) {
        // The model produced invalid JSON in JSON mode; another sample usually works.
        failure.retryable = true;
        failure.error = badResponse(groqError.message);
    } else {
        failure.error = makeError(groq::kRequestRejected,
                                  tr("Groq rejected the request (HTTP %1): %2").arg(status).arg(groqError.message));
    }
    return failure;
}

GroqFailure GroqErrors::fromNetworkError(QNetworkReply::NetworkError error, const QString &detail, const QString &host)
{
    GroqFailure failure;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        // Nobody is listening or there is no network: retrying at once only hammers a dead line.
        failure.error = makeError(groq::kOffline,
                                  tr("Cannot reach Groq at %1 (%2). Check the internet connection.").arg(host, detail));
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownContentError:
        failure.retryable = true;
        failure.error = makeError(groq::kGroqUnavailable,
                                  tr("The connection to Groq broke off (%1). Try again later.").arg(detail));
        break;
    default:
        failure.error = makeError(groq::kNetworkError, tr("The connection to Groq failed: %1").arg(detail));
        break;
    }
    return failure;
}

GroqFailure GroqErrors::unreadableAnswer(const Error &error)
{
    GroqFailure failure;
    failure.retryable = true;
    failure.error = error;
    return failure;
}

GroqFailure GroqErrors::brokenStream(const QString &detail)
{
    GroqFailure failure;
    failure.error = makeError(groq::kGroqUnavailable, tr("Groq stopped answering midway: %1").arg(detail));
    return failure;
}

Error GroqErrors::finalError(const GroqFailure &failure)
{
    if (failure.error.code != groq::kRateLimited)
        return failure.error;
    if (!failure.retryAfterSeconds)
        return makeError(groq::kRateLimited, tr("Groq's rate limit was reached; try again in a minute."));
    return makeError(groq::kRateLimited, tr("Groq's rate limit was reached; try again in %n s.", nullptr,
                                            int(wholeSeconds(*failure.retryAfterSeconds))));
}

} // namespace lectern
