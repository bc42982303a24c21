#pragma once

#include "base/Clock.h"
#include "study/ProgressStats.h"

#include <QDateTime>
#include <QObject>
#include <QTime>

class QTimer;

namespace lectern {

class LibraryService;

// The optional daily reminder: one timer aimed at the next reminder time (nothing polls), which
// then counts the cards due today on the library's worker thread and asks for a reminder when
// there are any. Times come from `clock`, so tests can stand just before the reminder time.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // `service` and `clock` must outlive the scheduler.
    ReminderScheduler(LibraryService &service, const Clock &clock, ProgressOptions options = {},
                      QObject *parent = nullptr);

    // Off by default. `at` is local time in the options' time zone.
    void setReminder(bool enabled, const QTime &at);
    bool isEnabled() const { return m_enabled; }
    QTime reminderTime() const { return m_time; }
    // When the timer fires next; invalid while reminders are off.
    QDateTime nextReminder() const { return m_next; }

signals:
    // The reminder time came and the due cards were counted (zero included).
    void checked(int dueCards);
    // The reminder time came with cards due.
    void reminderDue(int dueCards);

private:
    void schedule(const QDateTime &after);
    void fire();

    LibraryService &m_service;
    const Clock &m_clock;
    ProgressOptions m_options;
    QTimer *m_timer;
    bool m_enabled = false;
    QTime m_time{18, 0};
    QDateTime m_next;
};

} // namespace lectern
