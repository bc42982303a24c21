#pragma once

#include "FakeGroqServer.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

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

// The fake Groq server on a thread of its own, as a real server is elsewhere: its work (parsing,
// decoding uploads, reading time codes) does not hold up the event loop of the client under test.
// Shaped by NetworkShape: one shared uplink, handshakes for every new connection, one round trip
// added to every answer, and Groq's processing time for every transcription.
class FakeGroqThread
{
public:
    explicit FakeGroqThread(const NetworkShape &shape);
    ~FakeGroqThread();
    FakeGroqThread(const FakeGroqThread &) = delete;
    FakeGroqThread &operator=(const FakeGroqThread &) = delete;

    bool isListening() const { return m_listening; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }

    // A copy of the server's records, and a fresh start for the next run.
    QList<fake::RecordedRequest> requests() const;
    void clearRecords();

private:
    void call(const std::function<void()> &work) const;

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    fake::FakeGroqServer *m_server = nullptr;
    bool m_listening = false;
    QUrl m_baseUrl;
    QString m_apiKey;
};

} // namespace lectern::bench
