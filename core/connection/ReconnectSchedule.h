#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace lectern {

// When a client that lost lectern-server tries again: first after `first`, then twice as long
// after every attempt that fails, up to `max`. Each wait is jittered by up to 20% either way, so
// the devices of a classroom do not all come back in the same millisecond after a server restart.
// A child of its owner, so it follows it to another thread.
class ReconnectSchedule : public QObject
{
    Q_OBJECT

public:
    ReconnectSchedule(std::chrono::milliseconds first, std::chrono::milliseconds max, QObject *parent);

    // Arms the next attempt (due() follows) and returns how long it waits.
    std::chrono::milliseconds scheduleNext();
    // A connection worked, or a new start: the next wait is the first one again.
    void reset();
    // No attempt is due any more.
    void cancel();
    bool isPending() const { return m_timer.isActive(); }

signals:
    void due();

private:
    std::chrono::milliseconds m_first;
    std::chrono::milliseconds m_max;
    std::chrono::milliseconds m_next;
    QTimer m_timer;
};

} // namespace lectern
