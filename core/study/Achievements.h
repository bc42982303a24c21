#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lectern {

// A milestone of studying. Which ones exist is a fixed catalogue; whether and when one was reached
// is worked out from the library's history every time (the date of the 100th review, the day a
// streak reached seven days), so achievements follow the library to every device through sync.
struct Achievement
{
    enum class Id {
        FirstLecture,
        TenLectures,
        FirstReview,
        HundredReviews,
        ThousandReviews,
        WeekStreak,
        MonthStreak,
        CourseReviewed,
    };

    Id id = Id::FirstLecture;
    // The study day it was reached; invalid while it is not.
    QDate unlocked;

    bool isUnlocked() const { return unlocked.isValid(); }
    // Stable, for settings and tests ("first-lecture", "100-reviews", ...).
    QString key() const;
    // Translated.
    QString title() const;
    QString description() const;

    friend bool operator==(const Achievement &, const Achievement &) = default;
};

// Every achievement, in the order the dashboard lists them, none unlocked.
QList<Achievement> achievementCatalogue();

// The unlocked achievements the student has not been told about yet, given the keys already
// announced. With no record at all (a library from before achievements, or a new device), only
// those reached today are new, so opening an old library does not announce its whole history.
QList<Achievement> unannouncedAchievements(const QList<Achievement> &achievements,
                                           const std::optional<QStringList> &announced, const QDate &today);

} // namespace lectern
