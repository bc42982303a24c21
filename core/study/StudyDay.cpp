#include "study/StudyDay.h"

#include <algorithm>

namespace lectern {

StudyDay StudyDay::containing(const QDateTime &at, const QTimeZone &zone, int dayStartHour)
{
    const QTime startTime(std::clamp(dayStartHour, 0, 23), 0);
    const QDateTime local = at.toTimeZone(zone);
    QDate date = local.date();
    if (local.time() < startTime)
        date = date.addDays(-1);
    // Built from the local date and hour rather than by adding 24 hours, so a day with a
    // daylight-saving change is 23 or 25 hours long and the next one still starts on the hour.
    return {QDateTime(date, startTime, zone).toUTC(), QDateTime(date.addDays(1), startTime, zone).toUTC()};
}

} // namespace lectern
