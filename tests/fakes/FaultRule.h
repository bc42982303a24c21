#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace lectern::fake {

// What goes wrong. Outcomes replace or break the answer; modifiers only slow it down, and any
// number of them apply together with at most one outcome.
enum class FaultKind {
    Status,          // answer with an HTTP error and Groq's body for it (401, 413, 429, 498, 5xx...)
    Reset,           // send half of the real answer, then reset the connection
    Stall,           // read the request and never answer
    InvalidJson,     // chat: answer content that is not JSON
    StreamError,     // chat stream: x_groq.error halfway, no [DONE]
    SlowUplink,      // modifier: read the request body at bytesPerSecond (this request alone; a line that
                     // all connections share is FakeGroqServer::Options::uplinkBytesPerSecond)
    Latency,         // modifier: answer latencyMs later: one round trip per request (connection
                     // handshakes are FakeGroqServer::Options::connectionSetupMs)
    GroqSpeed,       // modifier: transcription takes audio duration / speedFactor from the moment
                     // the upload is in, as on Groq
};

// One rule of fault injection: which requests it hits and what it does to them.
// Build in C++ (FaultRule::status(500).onPath("/chat/completions").onRequests({1, 2})) or from
// JSON ({"fault":"status","status":500,"path":"/chat/completions","requests":[1,2]}).
struct FaultRule
{
    FaultKind kind = FaultKind::Status;

    // Which requests: all conditions must hold.
    QString path;              // relative to the API prefix, e.g. "/audio/transcriptions"; empty: any
    QByteArray method;         // empty: any
    QList<int> requests;       // 1-based positions among the requests this rule's path/method match; empty: all
    double probability = 1.0;  // of those, this fraction (drawn from a generator seeded with `seed`)
    quint32 seed = 1;
    int times = 0;             // fire at most this often; 0: no limit

    // What it does.
    int status = 500;
    std::optional<double> retryAfterSeconds; // Status 429: sent as retry-after and in the message
    QString message;           // overrides Groq's message for the status
    QString code;              // overrides Groq's error code
    qint64 bytesPerSecond = 0; // SlowUplink
    qint64 latencyMs = 0;      // Latency
    double speedFactor = 216;  // GroqSpeed: whisper-large-v3-turbo runs ~216x real time

    static FaultRule httpStatus(int status);
    static FaultRule rateLimit(double retryAfterSeconds);
    static FaultRule reset();
    static FaultRule stall();
    static FaultRule invalidJson();
    static FaultRule streamError();
    static FaultRule slowUplink(qint64 bytesPerSecond);
    static FaultRule latency(qint64 ms);
    static FaultRule groqSpeed(double factor = 216);

    FaultRule &onPath(QString relativePath) { path = std::move(relativePath); return *this; }
    FaultRule &onMethod(QByteArray m) { method = std::move(m); return *this; }
    FaultRule &onRequests(QList<int> positions) { requests = std::move(positions); return *this; }
    FaultRule &withProbability(double p, quint32 s) { probability = p; seed = s; return *this; }
    FaultRule &atMost(int n) { times = n; return *this; }
    FaultRule &withMessage(QString text, QString errorCode = {}) { message = std::move(text); code = std::move(errorCode); return *this; }

    bool isModifier() const { return kind == FaultKind::SlowUplink || kind == FaultKind::Latency || kind == FaultKind::GroqSpeed; }
    QString name() const;

    static Result<FaultRule> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// What the rules decided for one request.
struct FaultDecision
{
    std::optional<FaultRule> outcome;
    qint64 bytesPerSecond = 0;
    qint64 latencyMs = 0;
    double speedFactor = 0; // 0: answer as fast as possible
    QStringList applied;    // names of the rules that fired, for the request record
};

// The rules in force, evaluated in order for every request. Keeps per-rule counters.
class FaultPlan
{
public:
    void add(FaultRule rule);
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    int size() const { return int(m_rules.size()); }

    FaultDecision decide(const QByteArray &method, const QString &relativePath);

    // {"faults":[rule, ...]} or a bare array of rules.
    static Result<FaultPlan> fromJson(const QByteArray &json);
    static Result<FaultPlan> fromFile(const QString &path);

private:
    struct Entry
    {
        FaultRule rule;
        QRandomGenerator random;
        int matched = 0;
        int fired = 0;
    };
    QList<Entry> m_rules;
};

} // namespace lectern::fake
