#include "study/ReviewFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace lectern::ReviewFormat {


QString timeOfDay(const QDateTime &at, const QTimeZone &zone)
{
    // The locale's short time without seconds, which some locales' short format still carries.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    format.remove(seconds);
    return locale.toString(at.toTimeZone(zone).time(), format.trimmed());
}

QString nextDue(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDate date = due.toTimeZone(zone).date();
    const QString time = timeOfDay(due, zone);
    if (date <= today)
        return QCoreApplication::translate("lectern::ReviewPage", "Next card due today at %1.").arg(time);
    if (date == today.addDays(1))
        return QCoreApplication::translate("lectern::ReviewPage", "Next card due tomorrow at %1.").arg(time);
    return QCoreApplication::translate("lectern::ReviewPage", "Next card due on %1 at %2.")
        .arg(QLocale().toString(date, QLocale::LongFormat), time);
}

} // namespace lectern::ReviewFormat
