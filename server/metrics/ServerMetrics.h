#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <chrono>

namespace lectern::protocol {
class Frame;
}

namespace lectern::server {

// What GET /metrics reports, counted by this server instance since it started, in Prometheus'
// text exposition format (version 0.0.4). Every instance behind a load balancer is scraped on its
// own; sums across instances are the monitoring system's job.
// Lives on the server's thread; nothing here is locked.
class ServerMetrics
{
public:
    // Upper bounds of the request latency histogram, in seconds: from a ping answered at once to
    // a large push waiting on another instance's lock.
    static constexpr std::array kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                   0.25,  0.5,    1.0,   2.5,  5.0,   10.0};

    ServerMetrics();

    void connectionOpened() { ++m_connectionsOpened; }
    void frameReceived() { ++m_framesReceived; }
    // Counts error frames by their code too.
    void frameSent(const protocol::Frame &frame);
    // `type` is a request type the server serves, or "unknown".
    void requestServed(const QString &type, std::chrono::nanoseconds duration);
    void chatMessageStored() { ++m_chatMessages; }
    void syncChangesApplied(qint64 count) { m_syncChanges += count; }

    // The whole exposition; `openConnections` is sampled by the caller at scrape time.
    QByteArray exposition(qsizetype openConnections) const;

    static constexpr QByteArrayView kContentType{"text/plain; version=0.0.4; charset=utf-8"};

private:
    struct Histogram
    {
        std::array<quint64, kLatencyBuckets.size()> buckets{}; // not cumulative; summed when printed
        quint64 count = 0;
        double sum = 0;
    };

    double m_processStartSeconds;
    quint64 m_connectionsOpened = 0;
    quint64 m_framesReceived = 0;
    quint64 m_framesSent = 0;
    quint64 m_chatMessages = 0;
    qint64 m_syncChanges = 0;
    // Ordered, so the exposition is stable from scrape to scrape.
    QMap<QString, quint64> m_errorsByCode;
    QMap<QString, Histogram> m_latencyByType;
};

} // namespace lectern::server
