#pragma once

#include "base/Clock.h"
#include "study/Achievements.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QSettings;

namespace lectern {

class DashboardPage;
class LibraryService;
class ProgressModel;
class ReminderScheduler;

// Study progress in the window: Study › Progress (Ctrl+Shift+D) opens the dashboard in a window
// of its own, achievements reached are announced (a tray message where there is a system tray,
// else a banner on the dashboard and a status-bar message), and the daily reminder, if the student
// turned it on, says how many cards are due.
class ProgressFeature : public QObject
{
    Q_OBJECT

public:
    // `service` and `clock` must outlive the feature. Without `settings`, the application's are used.
    ProgressFeature(LibraryService &service, QMainWindow *window, const Clock &clock = Clock::system(),
                    QSettings *settings = nullptr);
    ~ProgressFeature() override;

    QAction *showAction() const { return m_showAction; }
    ProgressModel *model() const { return m_model; }
    DashboardPage *dashboard() const { return m_dashboard; }
    ReminderScheduler *reminders() const { return m_reminders; }

public slots:
    void showDashboard();

signals:
    // Every notification, however it was shown.
    void notified(const QString &title, const QString &message);

private:
    void installAction();
    void announce(const QList<Achievement> &achievements);
    void applyReminder(bool enabled, const QTime &at);
    void notify(const QString &title, const QString &message);

    QMainWindow *m_window;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings &m_settings;
    ProgressModel *m_model;
    ReminderScheduler *m_reminders;
    DashboardPage *m_dashboard;
    QAction *m_showAction;
};

} // namespace lectern
