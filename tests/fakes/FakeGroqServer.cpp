#include "FakeGroqServer.h"

#include "FakeGroqConnection.h"
#include "FaultResponse.h"
#include "MultipartFormData.h"
#include "TranscriptionEndpoint.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cmath>

namespace lectern::fake {

namespace {

constexpr int kAudioRequestsPerDay = 2000;
constexpr int kAudioTokensPerMinute = 7200;
constexpr int kChatRequestsPerDay = 1000;
constexpr int kChatTokensPerMinute = 12000;

// Groq's way of writing a wait: "7.66s", "2m59.56s", "1h2m3.5s".
QByteArray formatWait(double seconds)
{
    QByteArray text;
    const int hours = int(seconds / 3600);
    seconds -= hours * 3600.0;
    const int minutes = int(seconds / 60);
    seconds -= minutes * 60.0;
    if (hours)
        text += QByteArray::number(hours) + 'h';
    if (hours || minutes)
        text += QByteArray::number(minutes) + 'm';
    return text + QByteArray::number(seconds, 'f', 2) + 's';
}

PlannedReply complete(HttpResponse response)
{
    PlannedReply reply;
    reply.response = std::move(response);
    return reply;
}

} // namespace

FakeGroqServer::FakeGroqServer(QObject *parent) : FakeGroqServer(Options{}, parent) {}

FakeGroqServer::FakeGroqServer(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_server(new QTcpServer(this)),
      m_transcription(new TranscriptionEndpoint(m_transcriber, m_uploads.path(), this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeGroqServer::onNewConnection);
    setUplink(m_options.uplinkBytesPerSecond);
}

FakeGroqServer::~FakeGroqServer() = default;

Status FakeGroqServer::listen(quint16 port)
{
    if (!m_uploads.isValid())
        return Error{QStringLiteral("no_temp_dir"), QStringLiteral("cannot create a directory for uploads: %1").arg(m_uploads.errorString())};
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error{QStringLiteral("listen_failed"),
                     QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString())};
    return success();
}

quint16 FakeGroqServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeGroqServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(m_options.prefix);
    return url;
}

void FakeGroqServer::setUplink(qint64 bytesPerSecond)
{
    m_options.uplinkBytesPerSecond = std::max<qint64>(0, bytesPerSecond);
    // Connections made earlier keep the line they were made with (it stays a child until the
    // server goes), so none is left waiting for a grant that never comes.
    m_uplink = m_options.uplinkBytesPerSecond > 0 ? new SharedUplink(m_options.uplinkBytesPerSecond, this) : nullptr;
}

void FakeGroqServer::setMaxUploadBytes(qint64 bytes)
{
    m_options.maxUploadBytes = bytes;
}

Status FakeGroqServer::loadScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("script_unreadable"), QStringLiteral("cannot read the script %1: %2").arg(path, file.errorString())};
    m_transcriber.setScript(QString::fromUtf8(file.readAll()));
    return success();
}

void FakeGroqServer::clearRecords()
{
    m_requests.clear();
    m_maxActive = m_active;
}

RecordedRequest *FakeGroqServer::record(int index)
{
    for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
        if (it->index == index)
            return &*it;
    }
    return nullptr;
}

QString FakeGroqServer::requestId(int index) const
{
    return QStringLiteral("req_01fake%1").arg(index, 16, 10, QLatin1Char('0'));
}

void FakeGroqServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new FakeGroqConnection(socket, this);
}

int FakeGroqServer::beginRequest(const HttpRequest &head, FaultDecision &decision)
{
    RecordedRequest record;
    record.index = m_nextIndex++;
    record.method = head.method;
    record.path = head.path();
    record.headers = head.headers;
    record.startedAtMs = elapsedMs();
    QString relative = record.path;
    if (relative.startsWith(m_options.prefix))
        relative = relative.mid(m_options.prefix.size());
    decision = m_faults.decide(head.method, relative);
    record.faults = decision.applied;
    m_requests.append(std::move(record));
    ++m_active;
    m_maxActive = std::max(m_maxActive, m_active);
    emit requestStarted(m_requests.last().index);
    return m_requests.last().index;
}

void FakeGroqServer::endRequest(int index, int status)
{
    RecordedRequest *request = record(index);
    if (request && request->completed)
        return;
    --m_active;
    if (request) {
        if (status > 0)
            request->status = status;
        request->completed = true;
        request->endedAtMs = elapsedMs();
    }
    emit requestFinished(index);
}

void FakeGroqServer::stampHeaders(int index, HttpResponse &response, bool audio, int tokens)
{
    // Quotas regenerate continuously, so the reset time is how long the used part takes to refill.
    int &used = audio ? m_audioRequestsUsed : m_chatRequestsUsed;
    ++used;
    const int requestLimit = audio ? kAudioRequestsPerDay : kChatRequestsPerDay;
    const int tokenLimit = audio ? kAudioTokensPerMinute : kChatTokensPerMinute;
    const int remaining = std::max(0, requestLimit - used);
    response.setHeader("x-ratelimit-limit-requests", QByteArray::number(requestLimit));
    response.setHeader("x-ratelimit-remaining-requests", QByteArray::number(remaining));
    response.setHeader("x-ratelimit-reset-requests", formatWait(double(used) * 86400.0 / requestLimit));
    response.setHeader("x-ratelimit-limit-tokens", QByteArray::number(tokenLimit));
    response.setHeader("x-ratelimit-remaining-tokens", QByteArray::number(std::max(0, tokenLimit - tokens)));
    response.setHeader("x-ratelimit-reset-tokens", formatWait(double(tokens) * 60.0 / tokenLimit));
    response.setHeader("x-request-id", requestId(index).toLatin1());
    response.setHeader("x-groq-region", "fake");
}

PlannedReply FakeGroqServer::plannedError(int index, const ApiError &error, bool audio)
{
    HttpResponse response = error.response();
    stampHeaders(index, response, audio, 0);
    return complete(std::move(response));
}

PlannedReply FakeGroqServer::faultReply(int index, const FaultRule &rule, bool audio)
{
    PlannedReply reply;
    if (rule.kind == FaultKind::Stall) {
        reply.kind = PlannedReply::Kind::Stall;
        return reply;
    }
    reply.response = faultResponse(rule, audio);
    stampHeaders(index, reply.response, audio, 0);
    return reply;
}

std::optional<ApiError> FakeGroqServer::recordBody(RecordedRequest &record, const HttpRequest &request) const
{
    record.bodySize = request.bodySize;
    if (request.bodyTruncated())
        return std::nullopt;
    const QByteArray contentType = request.header("content-type");
    if (contentType.toLower().startsWith("multipart/form-data")) {
        Result<MultipartFormData> form = MultipartFormData::parse(contentType, request.body);
        if (!form)
            return ApiError{400, form.error().message};
        for (const MultipartPart &part : form->parts()) {
            if (part.isFile && part.name == QLatin1String("file")) {
                record.fileName = part.fileName;
                record.fileSize = part.data.size();
                record.fileContentType = part.contentType;
            } else if (!part.isFile) {
                record.fields[part.name].append(QString::fromUtf8(part.data));
            }
        }
    } else if (contentType.toLower().startsWith("application/json")) {
        record.json = QJsonDocument::fromJson(request.body).object();
        for (auto it = record.json.constBegin(); it != record.json.constEnd(); ++it) {
            if (!it->isObject() && !it->isArray())
                record.fields[it.key()].append(it->toVariant().toString());
        }
    }
    return std::nullopt;
}

void FakeGroqServer::handleRequest(int index, HttpRequest request, const FaultDecision &decision,
                                   std::function<void(PlannedReply)> respond)
{
    RecordedRequest *recorded = record(index);
    if (recorded)
        recorded->receivedAtMs = elapsedMs();
    const QString path = request.path();
    const QString relative = path.startsWith(m_options.prefix) ? path.mid(m_options.prefix.size()) : QString();
    const bool audio = relative.startsWith(QLatin1String("/audio/"));
    const std::optional<ApiError> bodyError = recorded ? recordBody(*recorded, request) : std::nullopt;

    auto finish = [&](PlannedReply reply) {
        reply.delayMs += decision.latencyMs;
        if (decision.outcome && decision.outcome->kind == FaultKind::Reset)
            reply.kind = PlannedReply::Kind::Reset;
        respond(std::move(reply));
    };

    if (decision.outcome && (decision.outcome->kind == FaultKind::Status || decision.outcome->kind == FaultKind::Stall)) {
        finish(faultReply(index, *decision.outcome, audio));
        return;
    }
    if (request.header("authorization") != "Bearer " + m_options.apiKey.toUtf8()) {
        finish(plannedError(index, ApiError{401, QStringLiteral("Invalid API Key"), QStringLiteral("invalid_request_error"),
                                            QStringLiteral("invalid_api_key")}, audio));
        return;
    }
    if (request.bodySize > m_options.maxUploadBytes) {
        finish(plannedError(index, ApiError{413,
                                            QStringLiteral("Request Entity Too Large: maximum content size limit (%1) exceeded (%2 bytes read)")
                                                .arg(m_options.maxUploadBytes)
                                                .arg(request.bodySize),
                                            QStringLiteral("invalid_request_error"), QStringLiteral("request_too_large")}, audio));
        return;
    }
    if (bodyError) {
        finish(plannedError(index, *bodyError, audio));
        return;
    }

    const bool isPost = request.method == "POST";
    if (relative == QLatin1String("/models") && request.method == "GET") {
        finish(answerModels(index));
    } else if (relative == QLatin1String("/chat/completions") && isPost) {
        finish(answerChat(index, request, decision));
    } else if ((relative == QLatin1String("/audio/transcriptions") || relative == QLatin1String("/audio/translations")) && isPost) {
        const qint64 latency = decision.latencyMs;
        const bool reset = decision.outcome && decision.outcome->kind == FaultKind::Reset;
        transcribe(index, request, decision, [respond, latency, reset](PlannedReply reply) {
            reply.delayMs += latency;
            if (reset)
                reply.kind = PlannedReply::Kind::Reset;
            respond(std::move(reply));
        });
    } else {
        finish(plannedError(index, ApiError{404, QStringLiteral("Unknown request URL: %1 %2. Please check the URL for typos, or see the "
                                                                "docs at https://console.groq.com/docs/")
                                                     .arg(QString::fromLatin1(request.method), path),
                                            QStringLiteral("invalid_request_error"), QStringLiteral("unknown_url")}, audio));
    }
}

PlannedReply FakeGroqServer::answerModels(int index)
{
    QJsonArray data;
    auto add = [&](const QString &id, const QString &owner, int context) {
        data.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), 1693721698}, {QStringLiteral("owned_by"), owner},
                                {QStringLiteral("active"), true}, {QStringLiteral("context_window"), context},
                                {QStringLiteral("public_apps"), QJsonValue::Null}});
    };
    for (const QString &model : TranscriptionEndpoint::models())
        add(model, QStringLiteral("OpenAI"), 448);
    for (const QString &model : FakeChatResponder::models())
        add(model, model.startsWith(QLatin1String("openai/")) ? QStringLiteral("OpenAI") : QStringLiteral("Meta"), 131072);
    HttpResponse response = HttpResponse::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    stampHeaders(index, response, false, 0);
    return complete(std::move(response));
}

PlannedReply FakeGroqServer::answerChat(int index, const HttpRequest &request, const FaultDecision &decision)
{
    const std::variant<ChatRequest, ApiError> parsed = FakeChatResponder::parse(request.body);
    if (const ApiError *error = std::get_if<ApiError>(&parsed))
        return plannedError(index, *error, false);
    const ChatRequest &chat = std::get<ChatRequest>(parsed);
    const bool invalidJson = decision.outcome && decision.outcome->kind == FaultKind::InvalidJson;
    const bool breakStream = decision.outcome && decision.outcome->kind == FaultKind::StreamError;
    const ChatAnswer answer = m_chat.answer(chat, invalidJson);
    const qint64 created = QDateTime::currentSecsSinceEpoch();

    PlannedReply reply;
    if (chat.stream) {
        reply.kind = PlannedReply::Kind::EventStream;
        reply.response.status = 200;
        reply.response.setHeader("content-type", "text/event-stream");
        reply.response.setHeader("cache-control", "no-cache");
        reply.events = FakeChatResponder::streamEvents(chat, answer, requestId(index), created, breakStream);
    } else {
        reply.response = HttpResponse::json(200, FakeChatResponder::completion(chat, answer, requestId(index), created));
    }
    stampHeaders(index, reply.response, false, answer.promptTokens + answer.completionTokens);
    return reply;
}

void FakeGroqServer::transcribe(int index, const HttpRequest &request, const FaultDecision &decision,
                                std::function<void(PlannedReply)> respond)
{
    QPointer<FakeGroqServer> self(this);
    const double speedFactor = decision.speedFactor;
    const qint64 receivedAtMs = elapsedMs();
    m_transcription->handle(index, request, requestId(index), [self, index, speedFactor, receivedAtMs, respond](TranscriptionOutcome outcome) {
        if (!self)
            return;
        if (outcome.error) {
            respond(self->plannedError(index, *outcome.error, true));
            return;
        }
        if (RecordedRequest *recorded = self->record(index)) {
            recorded->audioSeconds = outcome.transcript.durationSeconds;
            for (const DetectedTimeCode &code : outcome.transcript.codes)
                recorded->timeCodes.append(code.second);
        }
        // Groq bills every request as at least 10 s of audio.
        self->stampHeaders(index, outcome.response, true, int(std::ceil(std::max(10.0, outcome.transcript.durationSeconds))));
        PlannedReply reply = complete(std::move(outcome.response));
        if (speedFactor > 0) {
            // Groq's processing time counts from the moment the upload was in; the fake's own
            // decoding is part of it, not added on top.
            const qint64 processingMs = qint64(std::llround(outcome.transcript.durationSeconds * 1000.0 / speedFactor));
            reply.delayMs = std::max<qint64>(0, processingMs - (self->elapsedMs() - receivedAtMs));
        }
        respond(std::move(reply));
    });
}

} // namespace lectern::fake
