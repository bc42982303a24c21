#include "progress/ProgressFeature.h"

#include "progress/DashboardPage.h"
#include "progress/ProgressModel.h"
#include "progress/ProgressSettings.h"
#include "progress/ReminderScheduler.h"
#include "shell/TrayNotifier.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
constexpr int kStatusMessageMs = 8000;
} // namespace

ProgressFeature::ProgressFeature(LibraryService &service, QMainWindow *window, const Clock &clock, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? *settings : *m_ownSettings)
    , m_model(new ProgressModel(service, clock, m_settings, this))
    , m_reminders(new ReminderScheduler(service, clock, m_model->options(), this))
    , m_dashboard(new DashboardPage(m_model, window))
    , m_showAction(new QAction(tr("&Progress"), this))
{
    // A window of its own, so the dashboard can stay open beside the lecture being studied.
    m_dashboard->setWindowFlag(Qt::Window);
    m_dashboard->setWindowTitle(tr("Progress — Lectern"));
    m_dashboard->resize(1100, 900);
    m_dashboard->hide();

    installAction();
    connect(m_model, &ProgressModel::achievementsUnlocked, this, &ProgressFeature::announce);

    const bool enabled = m_settings.value(ProgressSetting::ReminderEnabled.name, false).toBool();
    QTime at = QTime::fromString(m_settings.value(ProgressSetting::ReminderTime.name).toString(), u"HH:mm"_s);
    if (!at.isValid())
        at = QTime::fromString(ProgressSetting::ReminderTime.defaultValue, u"HH:mm"_s);
    m_dashboard->setReminder(enabled, at);
    m_reminders->setReminder(enabled, at);
    connect(m_dashboard, &DashboardPage::reminderChanged, this, &ProgressFeature::applyReminder);
    connect(m_reminders, &ReminderScheduler::reminderDue, this, [this](int due) {
        notify(tr("Cards are due"), tr("%n card(s) due today.", nullptr, due));
    });
}

ProgressFeature::~ProgressFeature() = default;

void ProgressFeature::installAction()
{
    m_showAction->setObjectName(u"showProgressAction"_s);
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_showAction->setToolTip(tr("Streaks, reviews, retention, forecast and achievements"));
    connect(m_showAction, &QAction::triggered, this, &ProgressFeature::showDashboard);
    // The Study menu where the window has one, else the View menu; the window keeps the shortcut
    // working either way.
    QMenu *menu = m_window->menuBar()->findChild<QMenu *>(u"studyMenu"_s);
    if (!menu)
        menu = m_window->menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    if (menu)
        menu->addAction(m_showAction);
    else
        m_window->addAction(m_showAction);
}

void ProgressFeature::showDashboard()
{
    m_model->reload();
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void ProgressFeature::announce(const QList<Achievement> &achievements)
{
    for (const Achievement &achievement : achievements)
        notify(tr("Achievement reached: %1").arg(achievement.title()), achievement.description());
}

void ProgressFeature::applyReminder(bool enabled, const QTime &at)
{
    m_settings.setValue(ProgressSetting::ReminderEnabled.name, enabled);
    m_settings.setValue(ProgressSetting::ReminderTime.name, at.toString(u"HH:mm"_s));
    m_reminders->setReminder(enabled, at);
}

void ProgressFeature::notify(const QString &title, const QString &message)
{
    if (!TrayNotifier::of(m_window)->show(title, message, this, [this] { showDashboard(); })) {
        m_dashboard->showBanner(title + u" — "_s + message);
        m_window->statusBar()->showMessage(title + u" — "_s + message, kStatusMessageMs);
    }
    emit notified(title, message);
}

} // namespace lectern
