#pragma once

#include "ai/GroqError.h"
#include "base/Result.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace lectern {

class GroqClient;

// One request to Groq, from the queue through its retries to the end. Like QNetworkReply, it
// belongs to the client and may be deleted by the caller (deleteLater) once finished, or at any
// time to abandon it; deleting a running request aborts it.
class GroqReply : public QObject
{
    Q_OBJECT

public:
    enum class State { Queued, Running, WaitingToRetry, Finished };
    Q_ENUM(State)

    ~GroqReply() override;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool hasError() const { return m_error.has_value(); }
    // Why the request failed; only meaningful when hasError().
    const Error &error() const { return *m_error; }
    int attempts() const { return m_attempts; }
    // Details of the last failed attempt, for logs and for callers that plan around them.
    int httpStatus() const { return m_lastFailure.httpStatus; }
    QString groqErrorCode() const { return m_lastFailure.groqCode; }
    std::optional<double> retryAfterSeconds() const { return m_lastFailure.retryAfterSeconds; }

    // Stops the request wherever it is; it finishes with `cancelled` (at once, before returning).
    void cancel();

signals:
    void attemptStarted(int attempt);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    // A retry will start in waitMs; `reason` says why, e.g. "Groq's rate limit was reached; waiting 6 s".
    void retryScheduled(int nextAttempt, qint64 waitMs, const lectern::Error &reason);
    void finished();

protected:
    GroqReply(QString path, GroqClient *client);

    // Starts one attempt. `request` already carries the URL and the Authorization header.
    virtual Result<QNetworkReply *> send(QNetworkAccessManager &network, QNetworkRequest request) = 0;
    // Streaming replies consume a 2xx body as it arrives; a failure ends the request.
    virtual bool isStreaming() const { return false; }
    virtual std::optional<GroqFailure> received(const QByteArray &) { return std::nullopt; }
    // Reads a complete 2xx answer; a failure may be retried (Groq samples differently each time).
    virtual std::optional<GroqFailure> complete(const QByteArray &body) = 0;
    // False once a retry would repeat something the caller has already seen (streamed text).
    virtual bool mayRetry() const { return true; }
    virtual void beginAttempt() {}

private:
    friend class GroqClient;

    QPointer<GroqClient> m_client;
    QString m_path;
    quint64 m_id = 0;
    State m_state = State::Queued;
    int m_attempts = 0;
    std::optional<Error> m_error;
    GroqFailure m_lastFailure;

    // Per attempt.
    QPointer<QNetworkReply> m_network;
    QByteArray m_body;
    qint64 m_receivedBytes = 0;
    std::optional<GroqFailure> m_streamFailure; // a streamed chunk said the answer broke
    bool m_cancelRequested = false;
    bool m_timedOut = false;
    QTimer m_inactivityTimer;
    QTimer m_retryTimer;
};

} // namespace lectern
