#include "library/LibraryFormat.h"

#include "library/Entities.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace lectern::LibraryFormat {

QString duration(qint64 durationMs)
{
    if (durationMs <= 0)
        return {};
    // Round to the nearest second so 59.6 s reads "1:00", not "0:59".
    const qint64 totalSeconds = (durationMs + 500) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(seconds, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

QString shortDate(const QDateTime &recordedAt)
{
    if (!recordedAt.isValid())
        return {};
    return QLocale().toString(recordedAt.toLocalTime().date(), QLocale::ShortFormat);
}

QString longDateTime(const QDateTime &recordedAt)
{
    if (!recordedAt.isValid())
        return {};
    // The locale's long date-time form ends in a time-zone name, which is noise here.
    const QDateTime local = recordedAt.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + u", "_s
        + locale.toString(local.time(), QLocale::ShortFormat);
}

QString lectureSummary(const Lecture &lecture)
{
    const QString date = shortDate(lecture.recordedAt);
    const QString length = duration(lecture.durationMs);
    if (date.isEmpty() || length.isEmpty())
        return date.isEmpty() ? length : date;
    return date + u" · "_s + length;
}

} // namespace lectern::LibraryFormat
