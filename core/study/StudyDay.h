#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace lectern {

// One study day: from the day start hour (e.g. 4 am) in the student's time zone to the same hour
// on the next date, so a session past midnight still counts as the evening's day.
struct StudyDay
{
    QDateTime start;
    QDateTime end;

    // The study day `at` falls in. `dayStartHour` is 0..23.
    static StudyDay containing(const QDateTime &at, const QTimeZone &zone, int dayStartHour);

    friend bool operator==(const StudyDay &, const StudyDay &) = default;
};

} // namespace lectern
