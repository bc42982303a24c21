#include "progress/ProgressModel.h"

#include "library/LibraryService.h"
#include "progress/ProgressSettings.h"
#include "study/StudyDay.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace lectern {

namespace {
Q_LOGGING_CATEGORY(lcProgress, "lectern.progress")

// QTimer intervals are ints; a day change further away is re-aimed when the timer fires.
constexpr qint64 kLongestTimerMs = 24LL * 3600 * 1000;
} // namespace

ProgressModel::ProgressModel(LibraryService &service, const Clock &clock, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
    , m_settings(settings)
    , m_reloadSoon(new QTimer(this))
    , m_nextDay(new QTimer(this))
{
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &ProgressModel::load);
    m_nextDay->setSingleShot(true);
    connect(m_nextDay, &QTimer::timeout, this, &ProgressModel::reload);

    connect(&m_service, &LibraryService::coursesChanged, this, &ProgressModel::reload);
    connect(&m_service, &LibraryService::lecturesChanged, this, &ProgressModel::reload);
    connect(&m_service, &LibraryService::flashcardsChanged, this, &ProgressModel::reload);
    connect(&m_service, &LibraryService::listeningChanged, this, &ProgressModel::reload);
    reload();
}

void ProgressModel::reload()
{
    if (m_loading)
        m_reloadAfterLoad = true;
    else
        m_reloadSoon->start();
}

void ProgressModel::load()
{
    m_loading = true;
    const QDateTime now = m_clock.now();
    const ProgressOptions options = m_options;
    m_service
        .submit([now, options](LibraryStore &store) -> Result<ProgressStats> {
            auto history = store.progressHistory(ProgressStats::forecastHorizon(now, options));
            if (!history)
                return history.error();
            return ProgressStats::compute(*history, now, options);
        })
        .then(this, [this](const Result<ProgressStats> &stats) { finishLoad(stats); });
}

void ProgressModel::finishLoad(const Result<ProgressStats> &stats)
{
    m_loading = false;
    if (m_reloadAfterLoad) {
        m_reloadAfterLoad = false;
        m_reloadSoon->start();
    }
    if (!stats) {
        qCWarning(lcProgress) << "Could not load the study progress:" << stats.error().message;
        emit loadFailed(stats.error());
        return;
    }
    m_stats = *stats;
    m_loaded = true;
    scheduleDayChange();
    emit loaded();
    announceNewAchievements();
}

void ProgressModel::announceNewAchievements()
{
    const QString key = ProgressSetting::AnnouncedAchievements.name.toString();
    std::optional<QStringList> announced;
    if (m_settings.contains(key))
        announced = m_settings.value(key).toStringList();
    const QList<Achievement> fresh = unannouncedAchievements(m_stats.achievements, announced, m_stats.today);

    QStringList unlocked;
    for (const Achievement &achievement : m_stats.achievements) {
        if (achievement.isUnlocked())
            unlocked.append(achievement.key());
    }
    // Kept as the union, so an achievement that lapses (a course got new cards) and comes back is
    // not announced twice.
    QStringList record = announced.value_or(QStringList());
    for (const QString &k : unlocked) {
        if (!record.contains(k))
            record.append(k);
    }
    if (!announced || record != *announced)
        m_settings.setValue(key, record);
    if (!fresh.isEmpty())
        emit achievementsUnlocked(fresh);
}

void ProgressModel::scheduleDayChange()
{
    const QDateTime now = m_clock.now();
    const StudyDay today = StudyDay::containing(now, m_options.timeZone, m_options.dayStartHour);
    const qint64 untilTomorrow = std::clamp<qint64>(now.msecsTo(today.end), 0, kLongestTimerMs);
    m_nextDay->start(int(untilTomorrow));
}

} // namespace lectern
