#include "progress/ReminderScheduler.h"

#include "library/LibraryService.h"
#include "study/StudyDay.h"

#include <QTimer>

#include <algorithm>

namespace lectern {

namespace {
// QTimer takes an int; a reminder further away than this is aimed at again when the timer fires.
constexpr qint64 kLongestWaitMs = 12LL * 3600 * 1000;
// A timer firing this close to the reminder time is on time.
constexpr qint64 kOnTimeMs = 1000;
} // namespace

ReminderScheduler::ReminderScheduler(LibraryService &service, const Clock &clock, ProgressOptions options,
                                     QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReminderScheduler::fire);
}

void ReminderScheduler::setReminder(bool enabled, const QTime &at)
{
    m_enabled = enabled;
    m_time = at.isValid() ? at : QTime(18, 0);
    m_timer->stop();
    m_next = QDateTime();
    if (m_enabled)
        schedule(m_clock.now());
}

void ReminderScheduler::schedule(const QDateTime &after)
{
    const QDateTime local = after.toTimeZone(m_options.timeZone);
    QDateTime next(local.date(), m_time, m_options.timeZone);
    if (next <= after)
        next = QDateTime(local.date().addDays(1), m_time, m_options.timeZone);
    m_next = next.toUTC();
    const qint64 wait = std::clamp<qint64>(m_clock.now().msecsTo(m_next), 0, kLongestWaitMs);
    m_timer->start(int(wait));
}

void ReminderScheduler::fire()
{
    const QDateTime now = m_clock.now();
    if (now.msecsTo(m_next) > kOnTimeMs) {
        // Woken early: a wait longer than a timer takes, or a coarse timer's slack. Aim again.
        m_timer->start(int(std::min(now.msecsTo(m_next), kLongestWaitMs)));
        return;
    }
    const QDateTime fired = m_next;
    // The next one is a day later, counted from this one rather than from `now`, so a clock that
    // reads a little early cannot fire the same reminder twice.
    schedule(std::max(fired, now));

    const StudyDay today = StudyDay::containing(now, m_options.timeZone, m_options.dayStartHour);
    m_service
        .submit([end = today.end, now](LibraryStore &store) -> Result<int> {
            auto due = store.scheduledCardsDueBefore(end, now);
            if (!due)
                return due.error();
            return int(due->size());
        })
        .then(this, [this](const Result<int> &due) {
            const int count = due ? *due : 0;
            emit checked(count);
            if (count > 0)
                emit reminderDue(count);
        });
}

} // namespace lectern
