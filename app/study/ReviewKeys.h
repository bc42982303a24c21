#pragma once

class QKeyEvent;

namespace lectern {

// What a key does on the review page.
enum class ReviewCommand { None, Reveal, RateAgain, RateHard, RateGood, RateEasy, Undo, Edit, Suspend, Bury, ShowInLecture };

// Space reveals, 1–4 (also on the keypad) answer, Ctrl+Z (the platform's undo) takes an answer
// back, E edits, S suspends, B or - buries, L shows the card in its lecture.
ReviewCommand reviewCommandFor(const QKeyEvent &event);

} // namespace lectern
