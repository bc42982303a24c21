#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lectern::ReviewFormat {

// "14:05" in the student's time zone.
QString timeOfDay(const QDateTime &at, const QTimeZone &zone);
// "Next card due tomorrow at 09:15." as seen at `now`.
QString nextDue(const QDateTime &due, const QDateTime &now, const QTimeZone &zone);

} // namespace lectern::ReviewFormat
