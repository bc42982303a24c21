#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace lectern::fake {

// The client's uplink as one line that every connection to the server shares, the way a
// student's home connection carries all parallel uploads at once. Connections read their
// request bytes only as the line grants them: at most bytesPerSecond in total, split fairly
// between the connections that have bytes waiting (max-min fair, as TCP flows through one
// bottleneck roughly are). A line that carried nothing cannot send faster afterwards, so idle
// time is not saved up; a grant the server could not hand out in time (its event loop was busy)
// is made up for, up to a tenth of a second's worth.
class SharedUplink : public QObject
{
    Q_OBJECT

public:
    // What the line needs from a connection.
    class Reader
    {
    public:
        virtual ~Reader() = default;
        // Request bytes that have arrived and wait to be read.
        virtual qint64 bytesWaiting() const = 0;
        // The most this connection may read now for reasons of its own (a per-request
        // slow_uplink rule); -1: no limit but the line's.
        virtual qint64 ownLimit() const = 0;
        // Reads up to `bytes`; returns how many it read.
        virtual qint64 readGranted(qint64 bytes) = 0;
    };

    SharedUplink(qint64 bytesPerSecond, QObject *parent = nullptr);

    qint64 bytesPerSecond() const { return m_bytesPerSecond; }
    // Bytes the line has carried so far.
    qint64 bytesCarried() const { return m_carried; }

    void attach(Reader *reader);
    void detach(Reader *reader);
    // A reader has new bytes waiting: the line starts moving if it was idle.
    void wake();

    // Splits `budget` bytes max-min fairly between readers that want `wants` bytes: nobody gets
    // more than they want, and what one does not need goes to the others in equal parts.
    static QList<qint64> share(const QList<qint64> &wants, qint64 budget);

private:
    void tick();

    qint64 m_bytesPerSecond;
    double m_budget = 0;
    qint64 m_carried = 0;
    QList<Reader *> m_readers;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
};

} // namespace lectern::fake
