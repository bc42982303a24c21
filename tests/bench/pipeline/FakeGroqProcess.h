#pragma once

#include "RecordedRequest.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace lectern::bench {

// The shape of the line between a student and Groq that the benchmark runs through.
struct NetworkShape
{
    double uplinkMbit = 20;
    qint64 roundTripMs = 150;
    double groqSpeed = 216; // times real time

    qint64 uplinkBytesPerSecond() const { return qint64(uplinkMbit * 1e6 / 8); }
    // A new HTTPS connection costs a TCP handshake and a TLS 1.3 handshake before its request.
    qint64 connectionSetupMs() const { return 2 * roundTripMs; }
};

// The fake Groq server (the fake-groq program) in a process of its own, as Groq is elsewhere:
// its work does not run in the client's process, and what it costs the machine's processors is
// counted apart from the client's. It still shares the machine's cores: its decoding of uploads
// (about four processor seconds an audio hour) stands in for work Groq does on its own servers.
// (Run at idle priority instead, it answered many seconds late whenever other programs kept the
// cores busy, which no real Groq does.)
// Shaped by NetworkShape: one shared uplink, handshakes for every new connection, one round
// trip added to every answer, and Groq's processing time for every transcription.
class FakeGroqProcess
{
public:
    explicit FakeGroqProcess(const NetworkShape &shape);
    ~FakeGroqProcess();
    FakeGroqProcess(const FakeGroqProcess &) = delete;
    FakeGroqProcess &operator=(const FakeGroqProcess &) = delete;

    // Starts the server and waits for its address; false with `error` when it cannot.
    bool start(QString &error);
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }

    // Every request the server has finished so far. Sends one last request of its own (not in
    // the list) and waits for it, so everything finished before the call is in.
    QList<fake::RecordedRequest> requests(QString &error);
    // Processor time the server's process has used so far, user and system.
    double cpuSeconds() const;

private:
    bool readRecords(int timeoutMs);

    NetworkShape m_shape;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_apiKey = QStringLiteral("gsk_bench_key");
    QByteArray m_pending; // standard output not yet read as a line
    QList<fake::RecordedRequest> m_records;
    int m_markers = 0;
};

} // namespace lectern::bench
