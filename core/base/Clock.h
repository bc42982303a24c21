#pragma once

#include <QDateTime>

namespace lectern {

// Everything that depends on "now" (hybrid logical clocks, token expiry, due dates, streaks)
// asks a Clock, so tests can move time by hand instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The wall clock. Lives for the whole program.
    static const Clock &system();
};

// A clock that only moves when told to. Thread-safe enough for tests: reads and writes of the
// stored time are not torn because callers synchronise through the code under test.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace lectern
