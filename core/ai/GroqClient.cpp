#include "ai/GroqClient.h"

#include "ai/ChatReply.h"
#include "ai/GroqLog.h"
#include "ai/ModelsReply.h"
#include "ai/TranscriptionReply.h"

#include "lectern/Version.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <climits>

namespace lectern {

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    // 1-99: the connection itself, 101-199: a proxy. HTTP statuses map to 201 and up.
    return error != QNetworkReply::NoError && int(error) < 200;
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// How many bytes of an uncompressed body with a Content-Length never arrived, if any.
std::optional<qint64> missingBytes(const QNetworkReply &network, qint64 received)
{
    const QVariant declared = network.header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = network.rawHeader("content-encoding").trimmed().toLower();
    if (!declared.isValid() || !(encoding.isEmpty() || encoding == "identity"))
        return std::nullopt;
    const qint64 missing = declared.toLongLong() - received;
    return missing > 0 ? std::optional<qint64>(missing) : std::nullopt;
}

} // namespace

GroqClient::GroqClient(GroqConfig config, std::shared_ptr<const ApiKeyProvider> keys, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_keys(keys ? std::move(keys) : std::make_shared<EnvironmentApiKeyProvider>()),
      m_network(new QNetworkAccessManager(this)),
      m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<RateLimitState>();
}

GroqClient::~GroqClient()
{
    // Replies are children and die with the client; make sure none calls back into it meanwhile,
    // and that no network reply reports into a half-destroyed object.
    const QList<GroqReply *> replies = findChildren<GroqReply *>(QString(), Qt::FindDirectChildrenOnly);
    for (GroqReply *reply : replies) {
        reply->m_client = nullptr;
        reply->m_retryTimer.stop();
        reply->m_inactivityTimer.stop();
        if (QNetworkReply *network = reply->m_network) {
            network->disconnect(reply);
            network->abort();
        }
    }
}

void GroqClient::setConfig(GroqConfig config)
{
    m_config = std::move(config);
    schedulePump();
}

void GroqClient::setApiKeyProvider(std::shared_ptr<const ApiKeyProvider> keys)
{
    m_keys = std::move(keys);
}

TranscriptionReply *GroqClient::transcribeData(QByteArray audio, QString fileName, TranscriptionOptions options)
{
    return adopt(new TranscriptionReply(this, std::move(audio), QString(), std::move(fileName), std::move(options)));
}

TranscriptionReply *GroqClient::transcribeFile(const QString &path, TranscriptionOptions options)
{
    const QFileInfo info(path);
    return adopt(new TranscriptionReply(this, QByteArray(), info.absoluteFilePath(), info.fileName(), std::move(options)));
}

ChatReply *GroqClient::chat(QList<ChatMessage> messages, ChatOptions options)
{
    return adopt(new ChatReply(this, std::move(messages), std::move(options), false));
}

ChatReply *GroqClient::chatStream(QList<ChatMessage> messages, ChatOptions options)
{
    return adopt(new ChatReply(this, std::move(messages), std::move(options), true));
}

ModelsReply *GroqClient::listModels()
{
    return adopt(new ModelsReply(this));
}

template<typename Reply>
Reply *GroqClient::adopt(Reply *reply)
{
    reply->m_id = m_nextId++;
    connect(&reply->m_retryTimer, &QTimer::timeout, reply, [this, reply] { enqueue(reply, true); });
    connect(&reply->m_inactivityTimer, &QTimer::timeout, reply, [this, reply] {
        QNetworkReply *network = reply->m_network;
        if (!network)
            return;
        qCInfo(lcGroq) << "request" << reply->id() << "timed out after" << m_config.transferTimeout.count() << "ms without progress";
        reply->m_timedOut = true;
        abortAttempt(reply, network);
    });
    m_unfinished.insert(reply);
    enqueue(reply, false);
    return reply;
}

void GroqClient::enqueue(GroqReply *reply, bool atFront)
{
    reply->m_state = GroqReply::State::Queued;
    if (atFront)
        m_queue.prepend(reply);
    else
        m_queue.append(reply);
    schedulePump();
}

void GroqClient::schedulePump()
{
    // Queued, so a caller connects to a new reply's signals before anything happens to it.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pumpScheduled = false;
        pump();
    }, Qt::QueuedConnection);
}

void GroqClient::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < qsizetype(std::max(1, m_config.maxConcurrentRequests)))
        startAttempt(m_queue.takeFirst());
}

QUrl GroqClient::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void GroqClient::startAttempt(GroqReply *reply)
{
    const QString key = m_keys ? m_keys->apiKey() : QString();
    if (key.isEmpty()) {
        finish(reply, GroqErrors::noApiKey());
        return;
    }
    QNetworkRequest request(endpoint(reply->m_path));
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(QByteArray("Lectern/") + kVersion));
    request.setRawHeader("Accept", "application/json");

    ++reply->m_attempts;
    reply->m_body.clear();
    reply->m_receivedBytes = 0;
    reply->m_timedOut = false;
    reply->m_streamFailure.reset();
    reply->beginAttempt();
    Result<QNetworkReply *> sent = reply->send(*m_network, request);
    if (!sent) {
        finish(reply, sent.error());
        return;
    }
    QNetworkReply *network = sent.value();
    reply->m_network = network;
    reply->m_state = GroqReply::State::Running;
    m_running.insert(reply);
    qCDebug(lcGroq) << "request" << reply->id() << "attempt" << reply->m_attempts << request.url().path();

    connect(network, &QNetworkReply::readyRead, reply, [this, reply] { onReadyRead(reply); });
    connect(network, &QNetworkReply::uploadProgress, reply, [reply](qint64 sent, qint64 total) {
        reply->m_inactivityTimer.start();
        // Qt reports (0, 0) once the exchange is over; that is not progress.
        if (sent != 0 || total != 0)
            emit reply->uploadProgress(sent, total);
    });
    connect(network, &QNetworkReply::downloadProgress, reply, [reply] { reply->m_inactivityTimer.start(); });
    connect(network, &QNetworkReply::finished, reply, [this, reply] { onNetworkFinished(reply); });
    reply->m_inactivityTimer.start(m_config.transferTimeout);
    emit reply->attemptStarted(reply->m_attempts);
}

void GroqClient::onReadyRead(GroqReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network || reply->m_streamFailure)
        return;
    reply->m_inactivityTimer.start();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = network->readAll();
    reply->m_receivedBytes += bytes.size();
    if (!reply->isStreaming() || !isSuccess(status)) {
        reply->m_body.append(bytes);
        return;
    }
    // received() emits delta(); a slot may cancel the request meanwhile.
    const QPointer<GroqReply> alive(reply);
    std::optional<GroqFailure> failure = reply->received(bytes);
    if (failure && alive && reply->m_network == network) {
        reply->m_streamFailure = std::move(failure);
        abortAttempt(reply, network);
    }
}

void GroqClient::abortAttempt(GroqReply *reply, QNetworkReply *network)
{
    // abort() normally emits finished() at once, which ends in onNetworkFinished(); a slot of
    // the reply's own finished() may delete it, so look at it again only through a guard.
    const QPointer<GroqReply> alive(reply);
    network->abort();
    if (alive && reply->m_network == network)
        onNetworkFinished(reply);
}

void GroqClient::onNetworkFinished(GroqReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network)
        return;
    reply->m_inactivityTimer.stop();
    m_running.remove(reply);
    noteRateLimit(*network);

    if (reply->m_cancelRequested) {
        releaseNetwork(reply);
        finish(reply, GroqErrors::cancelled());
        schedulePump();
        return;
    }

    std::optional<GroqFailure> failure = std::exchange(reply->m_streamFailure, std::nullopt);
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = network->error();
    if (failure) {
        // Already classified while streaming.
    } else if (reply->m_timedOut) {
        failure = GroqFailure{GroqErrors::timeout(m_config.transferTimeout), true, std::nullopt, 0, QString()};
    } else if (isTransportError(error) || status == 0) {
        failure = GroqErrors::fromNetworkError(error, network->errorString(), m_config.baseUrl.host());
    } else if (!isSuccess(status)) {
        failure = GroqErrors::fromHttpStatus(status, reply->m_body + network->readAll(), network->rawHeader("retry-after"));
    } else if (error != QNetworkReply::NoError) {
        failure = GroqErrors::fromNetworkError(error, network->errorString(), m_config.baseUrl.host());
    } else {
        const QByteArray rest = network->readAll();
        reply->m_receivedBytes += rest.size();
        if (const std::optional<qint64> missing = missingBytes(*network, reply->m_receivedBytes)) {
            // Qt sometimes reports a connection reset in the middle of a body as a normal end.
            failure = GroqErrors::fromNetworkError(
                QNetworkReply::RemoteHostClosedError,
                tr("the answer stopped %n byte(s) short of its announced length", nullptr, int(std::min<qint64>(*missing, INT_MAX))),
                m_config.baseUrl.host());
        } else {
            failure = reply->complete(reply->isStreaming() ? rest : reply->m_body + rest);
        }
    }
    releaseNetwork(reply);

    if (failure)
        handleFailure(reply, std::move(*failure));
    else
        finish(reply, std::nullopt);
    schedulePump();
}

void GroqClient::handleFailure(GroqReply *reply, GroqFailure failure)
{
    reply->m_lastFailure = failure;
    const int retriesDone = reply->m_attempts - 1;
    if (failure.retryable && reply->mayRetry() && retriesDone < m_config.retry.maxRetries) {
        const std::optional<std::chrono::milliseconds> wait = failure.retryAfterSeconds
                                                                  ? m_config.retry.retryAfter(*failure.retryAfterSeconds)
                                                                  : m_config.retry.backoff(retriesDone + 1, m_random);
        if (wait && failure.error.code == groq::kRateLimited && !failure.retryAfterSeconds)
            failure.error = GroqErrors::rateLimitWait(double(wait->count()) / 1000.0); // say the wait we chose
        if (wait) {
            qCInfo(lcGroq) << "request" << reply->id() << "attempt" << reply->m_attempts << "failed:" << failure.error.code
                           << failure.error.message << "- retrying in" << wait->count() << "ms";
            reply->m_state = GroqReply::State::WaitingToRetry;
            const QPointer<GroqReply> alive(reply);
            const quint64 id = reply->id();
            emit reply->retryScheduled(reply->m_attempts + 1, wait->count(), failure.error);
            emit retryScheduled(id, wait->count(), failure.error);
            // A slot above may have cancelled or deleted it.
            if (alive && reply->m_state == GroqReply::State::WaitingToRetry)
                reply->m_retryTimer.start(*wait);
            return;
        }
    }
    finish(reply, GroqErrors::finalError(failure));
}

void GroqClient::finish(GroqReply *reply, std::optional<Error> error)
{
    if (reply->m_state == GroqReply::State::Finished)
        return;
    reply->m_state = GroqReply::State::Finished;
    reply->m_error = std::move(error);
    reply->m_retryTimer.stop();
    reply->m_inactivityTimer.stop();
    m_queue.removeAll(reply);
    m_running.remove(reply);
    m_unfinished.remove(reply);
    if (reply->m_error)
        qCInfo(lcGroq) << "request" << reply->id() << "failed after" << reply->m_attempts << "attempt(s):" << reply->m_error->code
                       << reply->m_error->message;
    else
        qCDebug(lcGroq) << "request" << reply->id() << "succeeded after" << reply->m_attempts << "attempt(s)";
    emit reply->finished();
}

void GroqClient::releaseNetwork(GroqReply *reply)
{
    if (QNetworkReply *network = reply->m_network) {
        network->disconnect(reply);
        network->deleteLater();
    }
    reply->m_network = nullptr;
}

void GroqClient::noteRateLimit(const QNetworkReply &network)
{
    if (std::optional<RateLimitState> state = RateLimitState::fromReply(network, QDateTime::currentDateTimeUtc())) {
        m_rateLimit = std::move(*state);
        emit rateLimitChanged(m_rateLimit);
    }
}

void GroqClient::cancel(GroqReply *reply)
{
    if (reply->m_state == GroqReply::State::Finished)
        return;
    if (QNetworkReply *network = reply->m_network) {
        reply->m_cancelRequested = true;
        abortAttempt(reply, network);
        return;
    }
    finish(reply, GroqErrors::cancelled());
    schedulePump();
}

void GroqClient::cancelAll()
{
    const QList<GroqReply *> replies = m_unfinished.values();
    for (GroqReply *reply : replies) {
        if (m_unfinished.contains(reply))
            cancel(reply);
    }
}

void GroqClient::forget(GroqReply *reply)
{
    m_queue.removeAll(reply);
    m_unfinished.remove(reply);
    if (m_running.remove(reply))
        schedulePump();
    if (QNetworkReply *network = reply->m_network) {
        network->disconnect(reply);
        network->abort();
        network->deleteLater();
    }
}

} // namespace lectern
