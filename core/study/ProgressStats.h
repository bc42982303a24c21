#pragma once

#include "library/LibraryStore.h"
#include "study/Achievements.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <array>

namespace lectern {

struct ProgressOptions
{
    // Study days as the review queue counts them (see StudyDay): a review at 1 am belongs to the
    // evening before.
    int dayStartHour = 4;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // How many weeks of retention, and how many days of due forecast (today first).
    int retentionWeeks = 26;
    int forecastDays = 30;
};

// What the student did on one study day.
struct StudyDayTotals
{
    int reviews = 0;
    // Time spent answering cards (the review log's elapsed time).
    qint64 reviewingMs = 0;
    // Length of the lectures recorded that day.
    qint64 recordingMs = 0;
    // Time spent playing recorded lectures back.
    qint64 listeningMs = 0;

    bool studied() const { return reviews > 0 || recordingMs > 0 || listeningMs > 0; }
    friend bool operator==(const StudyDayTotals &, const StudyDayTotals &) = default;
};

// Reviews of cards in the review state (not new, not in (re)learning steps) in one week, and how
// many of them were remembered (any rating but Again): the "true retention" of that week.
struct WeekRetention
{
    // The Monday the week starts on.
    QDate weekStart;
    int passed = 0;
    int total = 0;

    // 0..1; meaningless when total is 0.
    double rate() const { return total > 0 ? double(passed) / total : 0.0; }
    friend bool operator==(const WeekRetention &, const WeekRetention &) = default;
};

struct CourseCardStates
{
    QString courseId; // empty: lectures not in a course
    QString name;
    QString colour;
    // New, learning, review, relearning.
    std::array<int, 4> byState{};

    int total() const { return byState[0] + byState[1] + byState[2] + byState[3]; }
    friend bool operator==(const CourseCardStates &, const CourseCardStates &) = default;
};

struct StudyStreak
{
    // Days in a row up to today; a streak that reached yesterday still counts until today ends.
    int current = 0;
    int longest = 0;

    friend bool operator==(const StudyStreak &, const StudyStreak &) = default;
};

// Everything the progress dashboard shows, computed from the library's history. Days are named by
// the date their study day starts on.
struct ProgressStats
{
    QDate today;
    // Every study day on which something happened.
    QMap<QDate, StudyDayTotals> days;
    // The last `retentionWeeks` weeks, oldest first, the current week last (weeks without reviews
    // included, with total 0).
    QList<WeekRetention> retentionByWeek;
    // Cards coming due on each of the next `forecastDays` study days; today's entry includes the
    // overdue cards.
    QList<int> dueForecast;
    // Courses with cards (archived courses left out), by name.
    QList<CourseCardStates> cardsByCourse;
    StudyStreak streak;
    // The whole catalogue, each with the day it was reached, if it was.
    QList<Achievement> achievements;
    int totalReviews = 0;

    StudyDayTotals day(const QDate &date) const { return days.value(date); }

    static ProgressStats compute(const LibraryStore::ProgressHistory &history, const QDateTime &now,
                                 const ProgressOptions &options = {});
    // The end of the last forecast day: the due times compute() needs are those before it.
    static QDateTime forecastHorizon(const QDateTime &now, const ProgressOptions &options = {});
};

} // namespace lectern
