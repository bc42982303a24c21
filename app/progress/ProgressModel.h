#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "study/ProgressStats.h"

#include <QObject>

class QSettings;
class QTimer;

namespace lectern {

class LibraryService;

// The progress dashboard's numbers, kept current: they are read and computed on the library's
// worker thread, again whenever the library reports a change to courses, lectures or cards, and
// when a new study day begins. Achievements reached since the student was last told are announced
// once per device (the announced keys are kept in `settings`).
class ProgressModel : public QObject
{
    Q_OBJECT

public:
    // `clock` and `settings` must outlive the model; `settings` may be the application's.
    ProgressModel(LibraryService &service, const Clock &clock, QSettings &settings, QObject *parent = nullptr);

    const ProgressStats &stats() const { return m_stats; }
    bool isLoaded() const { return m_loaded; }
    const ProgressOptions &options() const { return m_options; }
    const Clock &clock() const { return m_clock; }

public slots:
    // Loads again soon; several requests in a row load once.
    void reload();

signals:
    void loaded();
    void loadFailed(const Error &error);
    // Achievements reached that were not announced on this device before.
    void achievementsUnlocked(const QList<Achievement> &achievements);

private:
    void load();
    void finishLoad(const Result<ProgressStats> &stats);
    void announceNewAchievements();
    void scheduleDayChange();

    LibraryService &m_service;
    const Clock &m_clock;
    QSettings &m_settings;
    ProgressOptions m_options;
    ProgressStats m_stats;
    QTimer *m_reloadSoon;
    QTimer *m_nextDay;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAfterLoad = false;
};

} // namespace lectern
