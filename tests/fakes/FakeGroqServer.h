#pragma once

#include "ApiError.h"
#include "FakeChatResponder.h"
#include "FakeTranscriber.h"
#include "FaultRule.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"
#include "RecordedRequest.h"
#include "SharedUplink.h"

#include "base/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace lectern::fake {

class FakeGroqConnection;
class TranscriptionEndpoint;

// How the fake answers one request once it has read it.
struct PlannedReply
{
    enum class Kind { Complete, EventStream, Reset, Stall };
    Kind kind = Kind::Complete;
    HttpResponse response;        // the answer, or the head of an event stream
    QList<QByteArray> events;     // SSE data payloads (EventStream, or a Reset of a stream)
    qint64 delayMs = 0;           // latency and processing time before the first byte
};

// A stand-in for Groq's OpenAI-compatible API on 127.0.0.1, speaking real HTTP/1.1 so the
// client is tested over real sockets: POST {prefix}/audio/transcriptions (multipart, decoded
// with Lectern's own decoder and "transcribed" from time codes or a script), POST
// {prefix}/chat/completions (plain, JSON mode, SSE streaming), GET {prefix}/models. It checks
// the key, enforces the upload limit, sends x-ratelimit-* headers, records every request, and
// injects faults by rule (FaultRule).
class FakeGroqServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString apiKey = QStringLiteral("gsk_fake_test_key");
        QString prefix = QStringLiteral("/openai/v1");
        qint64 maxUploadBytes = 25LL * 1024 * 1024;
        int streamChunkIntervalMs = 2; // between SSE chunks, so clients see several reads
        // The network in front of the server, for figures that must match a real line:
        // every request byte of every connection comes through one uplink of this rate
        // (SharedUplink; 0: as fast as the loopback), and a new connection's bytes are read
        // only after connectionSetupMs (the TCP and TLS handshakes of a real connection).
        qint64 uplinkBytesPerSecond = 0;
        qint64 connectionSetupMs = 0;
    };

    explicit FakeGroqServer(QObject *parent = nullptr);
    FakeGroqServer(Options options, QObject *parent);
    ~FakeGroqServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port).
    Status listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:<port>/openai/v1
    QUrl baseUrl() const;

    const Options &options() const { return m_options; }
    void setApiKey(QString key) { m_options.apiKey = std::move(key); }
    void setMaxUploadBytes(qint64 bytes);
    void setStreamChunkIntervalMs(int ms) { m_options.streamChunkIntervalMs = ms; }
    // For connections made from now on.
    void setUplink(qint64 bytesPerSecond);
    void setConnectionSetupMs(qint64 ms) { m_options.connectionSetupMs = std::max<qint64>(0, ms); }
    // The shared uplink, or null when there is none.
    SharedUplink *uplink() const { return m_uplink; }
    // Milliseconds since the server was made: the clock of RecordedRequest's times.
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    FakeTranscriber &transcriber() { return m_transcriber; }
    FakeChatResponder &chat() { return m_chat; }
    Status loadScript(const QString &path);

    void addFault(FaultRule rule) { m_faults.add(std::move(rule)); }
    void setFaults(FaultPlan plan) { m_faults = std::move(plan); }
    void clearFaults() { m_faults.clear(); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // Requests whose headers arrived and whose exchange has not ended.
    int activeRequests() const { return m_active; }
    // The most requests that were active at the same time since the start (or the last reset).
    int maxActiveRequests() const { return m_maxActive; }
    void clearRecords();

signals:
    void requestStarted(int index);
    void requestFinished(int index);

private:
    friend class FakeGroqConnection;

    void onNewConnection();
    // Called by connections.
    int beginRequest(const HttpRequest &head, FaultDecision &decision);
    void handleRequest(int index, HttpRequest request, const FaultDecision &decision,
                       std::function<void(PlannedReply)> respond);
    void endRequest(int index, int status);

    std::optional<ApiError> recordBody(RecordedRequest &record, const HttpRequest &request) const;
    void transcribe(int index, const HttpRequest &request, const FaultDecision &decision, std::function<void(PlannedReply)> respond);
    PlannedReply answerChat(int index, const HttpRequest &request, const FaultDecision &decision);
    PlannedReply answerModels(int index);
    PlannedReply plannedError(int index, const ApiError &error, bool audio);
    PlannedReply faultReply(int index, const FaultRule &rule, bool audio);
    void stampHeaders(int index, HttpResponse &response, bool audio, int tokens);
    QString requestId(int index) const;
    RecordedRequest *record(int index);

    Options m_options;
    QElapsedTimer m_clock;
    QTcpServer *m_server;
    QPointer<SharedUplink> m_uplink;
    QTemporaryDir m_uploads;
    FakeTranscriber m_transcriber;
    FakeChatResponder m_chat;
    TranscriptionEndpoint *m_transcription;
    FaultPlan m_faults;
    QList<RecordedRequest> m_requests;
    int m_active = 0;
    int m_maxActive = 0;
    int m_nextIndex = 1; // keeps counting across clearRecords()
    int m_audioRequestsUsed = 0;
    int m_chatRequestsUsed = 0;
};

} // namespace lectern::fake
