#include "study/ReviewKeys.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLocale>

namespace lectern {

ReviewCommand reviewCommandFor(const QKeyEvent &event)
{
    if (event.matches(QKeySequence::Undo))
        return ReviewCommand::Undo;
    if ((event.modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return ReviewCommand::None;
    switch (event.key()) {
    case Qt::Key_Space:
        return ReviewCommand::Reveal;
    case Qt::Key_1:
        return ReviewCommand::RateAgain;
    case Qt::Key_2:
        return ReviewCommand::RateHard;
    case Qt::Key_3:
        return ReviewCommand::RateGood;
    case Qt::Key_4:
        return ReviewCommand::RateEasy;
    case Qt::Key_E:
        return ReviewCommand::Edit;
    case Qt::Key_S:
        return ReviewCommand::Suspend;
    case Qt::Key_B:
    case Qt::Key_Minus:
        return ReviewCommand::Bury;
    case Qt::Key_L:
        return ReviewCommand::ShowInLecture;
    default:
        return ReviewCommand::None;
    }
}

namespace ReviewFormat {

QString timeOfDay(const QDateTime &at, const QTimeZone &zone)
{
    return QLocale().toString(at.toTimeZone(zone).time(), QLocale::ShortFormat);
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

} // namespace ReviewFormat

} // namespace lectern
