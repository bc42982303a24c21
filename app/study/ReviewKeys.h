#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QKeyEvent;

namespace lectern {

// What a key does on the review page.
enum class ReviewCommand { None, Reveal, RateAgain, RateHard, RateGood, RateEasy, Undo, Edit, Suspend, Bury, ShowInLecture };

// Space reveals, 1–4 (also on the keypad) answer, Ctrl+Z (the platform's undo) takes an answer
// back, E edits, S suspends, B or - buries, L shows the card in its lecture.
ReviewCommand reviewCommandFor(const QKeyEvent &event);

namespace ReviewFormat {
// "14:05" in the student's time zone.
QString timeOfDay(const QDateTime &at, const QTimeZone &zone);
// "Next card due tomorrow at 09:15." as seen at `now`.
QString nextDue(const QDateTime &due, const QDateTime &now, const QTimeZone &zone);
} // namespace ReviewFormat

} // namespace lectern
