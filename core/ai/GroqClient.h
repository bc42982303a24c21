#pragma once

#include "ai/ApiKeyProvider.h"
#include "ai/ChatCompletion.h"
#include "ai/GroqConfig.h"
#include "ai/GroqError.h"
#include "ai/RateLimitState.h"
#include "ai/Transcription.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace lectern {

class ChatReply;
class GroqReply;
class ModelsReply;
class TranscriptionReply;

// Groq's OpenAI-compatible API, asynchronously. Every call returns at once with a reply object
// that reports progress, retries and the result by signals. At most maxConcurrentRequests
// requests are on the wire at a time; the rest wait in a queue, first come first served, and a
// request waiting to retry gives its place to the next one.
//
// Failures that another attempt can fix (429, 408, 409, 498, 5xx, dropped connections,
// timeouts, unreadable answers) are retried with the config's RetryPolicy; each wait is announced
// with retryScheduled so the UI can say "waiting 6 s". Failures that cannot (401, 413, other 4xx,
// offline) end the request at once. See GroqError.h for the codes.
class GroqClient : public QObject
{
    Q_OBJECT

public:
    // The key comes from `keys` (default: GROQ_API_KEY), read at the start of every attempt.
    explicit GroqClient(GroqConfig config, std::shared_ptr<const ApiKeyProvider> keys = {}, QObject *parent = nullptr);
    ~GroqClient() override;

    const GroqConfig &config() const { return m_config; }
    // Takes effect for attempts started from now on.
    void setConfig(GroqConfig config);
    void setApiKeyProvider(std::shared_ptr<const ApiKeyProvider> keys);
    // For deterministic jitter in tests.
    void seedJitter(quint32 seed) { m_random.seed(seed); }

    TranscriptionReply *transcribeData(QByteArray audio, QString fileName, TranscriptionOptions options = {});
    TranscriptionReply *transcribeFile(const QString &path, TranscriptionOptions options = {});
    ChatReply *chat(QList<ChatMessage> messages, ChatOptions options = {});
    ChatReply *chatStream(QList<ChatMessage> messages, ChatOptions options = {});
    ModelsReply *listModels();

    // Cancels every unfinished request; each finishes with `cancelled`.
    void cancelAll();

    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }
    // The last x-ratelimit-* headers seen.
    const RateLimitState &rateLimit() const { return m_rateLimit; }

signals:
    void rateLimitChanged(const lectern::RateLimitState &state);
    // Any request is waiting before a retry (the same announcement as GroqReply::retryScheduled).
    void retryScheduled(quint64 requestId, qint64 waitMs, const lectern::Error &reason);

private:
    friend class GroqReply;

    template<typename Reply>
    Reply *adopt(Reply *reply);
    void enqueue(GroqReply *reply, bool atFront);
    void schedulePump();
    void pump();
    void startAttempt(GroqReply *reply);
    void onReadyRead(GroqReply *reply);
    void abortAttempt(GroqReply *reply, QNetworkReply *network);
    void onNetworkFinished(GroqReply *reply);
    void handleFailure(GroqReply *reply, GroqFailure failure);
    void finish(GroqReply *reply, std::optional<Error> error);
    void releaseNetwork(GroqReply *reply);
    void noteRateLimit(const QNetworkReply &network);
    QUrl endpoint(const QString &path) const;
    // Called by GroqReply.
    void cancel(GroqReply *reply);
    void forget(GroqReply *reply);

    GroqConfig m_config;
    std::shared_ptr<const ApiKeyProvider> m_keys;
    QNetworkAccessManager *m_network;
    QRandomGenerator m_random;
    QList<GroqReply *> m_queue;
    QSet<GroqReply *> m_running;
    QSet<GroqReply *> m_unfinished;
    RateLimitState m_rateLimit;
    quint64 m_nextId = 1;
    bool m_pumpScheduled = false;
};

} // namespace lectern
