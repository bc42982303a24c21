#include "study/ProgressStats.h"

#include "study/StudyDay.h"

#include <algorithm>

namespace lectern {

namespace {

// Names the study day of a time. History comes in time order, so consecutive times mostly share a
// day; remembering the last day's bounds saves a time-zone conversion for nearly every review.
class StudyDayNamer
{
public:
    explicit StudyDayNamer(const ProgressOptions &options) : m_options(options) {}

    QDate dayOf(qint64 ms)
    {
        if (ms < m_startMs || ms >= m_endMs) {
            const StudyDay day = StudyDay::containing(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                                      m_options.timeZone, m_options.dayStartHour);
            m_startMs = day.start.toMSecsSinceEpoch();
            m_endMs = day.end.toMSecsSinceEpoch();
            m_date = day.start.toTimeZone(m_options.timeZone).date();
        }
        return m_date;
    }

private:
    const ProgressOptions &m_options;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    QDate m_date;
};

QDate weekStartOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// The day the `n`th recording (1-based) was made.
QDate dayOfNthRecording(const QList<LibraryStore::ProgressHistory::Recording> &recordings, qsizetype n,
                        StudyDayNamer &namer)
{
    return recordings.size() >= n ? namer.dayOf(recordings[n - 1].atMs) : QDate();
}

// The day of the `n`th review (1-based).
QDate dayOfNthReview(const QList<LibraryStore::ProgressHistory::ReviewSpan> &spans, qint64 n, StudyDayNamer &namer)
{
    qint64 seen = 0;
    for (const LibraryStore::ProgressHistory::ReviewSpan &span : spans) {
        seen += span.reviews;
        if (seen >= n)
            return namer.dayOf(span.atMs);
    }
    return {};
}

struct StreakScan
{
    StudyStreak streak;
    QDate reachedWeek;
    QDate reachedMonth;
};

StreakScan scanStreaks(const QMap<QDate, StudyDayTotals> &days, const QDate &today)
{
    StreakScan scan;
    int run = 0;
    QDate previous;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (!it.value().studied())
            continue;
        run = previous.isValid() && previous.daysTo(it.key()) == 1 ? run + 1 : 1;
        previous = it.key();
        scan.streak.longest = std::max(scan.streak.longest, run);
        if (run == 7 && !scan.reachedWeek.isValid())
            scan.reachedWeek = it.key();
        if (run == 30 && !scan.reachedMonth.isValid())
            scan.reachedMonth = it.key();
    }
    // Today is not over: without study yet, the streak that ended yesterday is still alive.
    QDate day = days.value(today).studied() ? today : today.addDays(-1);
    while (days.value(day).studied()) {
        ++scan.streak.current;
        day = day.addDays(-1);
    }
    return scan;
}

} // namespace

ProgressStats ProgressStats::compute(const LibraryStore::ProgressHistory &history, const QDateTime &now,
                                     const ProgressOptions &options)
{
    ProgressStats stats;
    StudyDayNamer namer(options);
    const StudyDay todaysDay = StudyDay::containing(now, options.timeZone, options.dayStartHour);
    stats.today = todaysDay.start.toTimeZone(options.timeZone).date();

    const QDate currentWeek = weekStartOf(stats.today);
    const QDate firstWeek = currentWeek.addDays(-7 * qint64(std::max(options.retentionWeeks, 1) - 1));
    for (QDate week = firstWeek; week <= currentWeek; week = week.addDays(7))
        stats.retentionByWeek.append({week, 0, 0});

    for (const LibraryStore::ProgressHistory::ReviewSpan &span : history.reviews) {
        const QDate day = namer.dayOf(span.atMs);
        StudyDayTotals &totals = stats.days[day];
        totals.reviews += span.reviews;
        totals.reviewingMs += span.elapsedMs;
        stats.totalReviews += span.reviews;
        const qint64 week = firstWeek.daysTo(weekStartOf(day)) / 7;
        if (week >= 0 && week < stats.retentionByWeek.size()) {
            WeekRetention &retention = stats.retentionByWeek[week];
            retention.total += span.ofReviewCards;
            retention.passed += span.passedOfReviewCards;
        }
    }

    for (const LibraryStore::ProgressHistory::Recording &recording : history.recordings)
        stats.days[namer.dayOf(recording.atMs)].recordingMs += recording.durationMs;
    for (const LibraryStore::ProgressHistory::Recording &listening : history.listenings)
        stats.days[namer.dayOf(listening.atMs)].listeningMs += listening.durationMs;

    stats.dueForecast.fill(0, std::max(options.forecastDays, 0));
    for (qint64 dueMs : history.dueMs) {
        const qint64 offset = dueMs < todaysDay.end.toMSecsSinceEpoch() ? 0 : stats.today.daysTo(namer.dayOf(dueMs));
        if (offset >= 0 && offset < stats.dueForecast.size())
            ++stats.dueForecast[offset];
    }

    QDate courseReviewed;
    for (const LibraryStore::ProgressHistory::CourseCards &course : history.courses) {
        CourseCardStates states{course.courseId, course.name, course.colour, {}};
        std::copy(std::begin(course.byState), std::end(course.byState), states.byState.begin());
        if (states.total() > 0 && course.reviewed == states.total()) {
            const QDate day = namer.dayOf(course.lastFirstReviewMs);
            if (!courseReviewed.isValid() || day < courseReviewed)
                courseReviewed = day;
        }
        if (!course.archived && states.total() > 0)
            stats.cardsByCourse.append(states);
    }

    const StreakScan streaks = scanStreaks(stats.days, stats.today);
    stats.streak = streaks.streak;

    stats.achievements = achievementCatalogue();
    for (Achievement &achievement : stats.achievements) {
        switch (achievement.id) {
        case Achievement::Id::FirstLecture:
            achievement.unlocked = dayOfNthRecording(history.recordings, 1, namer);
            break;
        case Achievement::Id::TenLectures:
            achievement.unlocked = dayOfNthRecording(history.recordings, 10, namer);
            break;
        case Achievement::Id::FirstReview:
            achievement.unlocked = dayOfNthReview(history.reviews, 1, namer);
            break;
        case Achievement::Id::HundredReviews:
            achievement.unlocked = dayOfNthReview(history.reviews, 100, namer);
            break;
        case Achievement::Id::ThousandReviews:
            achievement.unlocked = dayOfNthReview(history.reviews, 1000, namer);
            break;
        case Achievement::Id::WeekStreak:
            achievement.unlocked = streaks.reachedWeek;
            break;
        case Achievement::Id::MonthStreak:
            achievement.unlocked = streaks.reachedMonth;
            break;
        case Achievement::Id::CourseReviewed:
            achievement.unlocked = courseReviewed;
            break;
        }
    }
    return stats;
}

QDateTime ProgressStats::forecastHorizon(const QDateTime &now, const ProgressOptions &options)
{
    const StudyDay today = StudyDay::containing(now, options.timeZone, options.dayStartHour);
    const QDate last = today.start.toTimeZone(options.timeZone).date().addDays(std::max(options.forecastDays, 1) - 1);
    return StudyDay::containing(QDateTime(last, QTime(23, 59), options.timeZone), options.timeZone, options.dayStartHour).end;
}

} // namespace lectern
