#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace lectern {

// How well the student recalled a card. The numbers are the ones FSRS and Anki store.
enum class Rating {
    Again = 1, // forgot
    Hard = 2,  // recalled with serious effort
    Good = 3,  // recalled after a little thought
    Easy = 4,  // recalled at once
};

// Where a card is in its life. Learning and Relearning cards step through short same-day
// intervals (minutes); Review cards are scheduled in days by the memory model.
enum class CardState {
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
};

// The stable text forms used in the database and the sync protocol.
QString toString(Rating rating);
QString toString(CardState state);
std::optional<Rating> ratingFromInt(int value);
std::optional<CardState> cardStateFromInt(int value);

// One flashcard's scheduling state. Lectern derives it from the card's review log (see
// FsrsScheduler::replay) and never treats a stored copy as the truth.
struct FsrsCard
{
    // The card's id; together with the review count it seeds the interval fuzz, so every device
    // replaying the same log fuzzes the same way.
    QString id;
    CardState state = CardState::New;
    // Days until recall probability falls to 90%.
    double stability = 0.0;
    // 1 (easy) to 10 (hard): how much each successful review grows stability.
    double difficulty = 0.0;
    QDateTime due;
    QDateTime lastReview;
    int reps = 0;
    // Times a Review card was forgotten.
    int lapses = 0;
    // Index into the learning or relearning steps while the card is in one of those states.
    int step = 0;

    // A card nobody has studied yet, due from `due` on (usually when it was created).
    static FsrsCard fresh(QString id, QDateTime due);

    friend bool operator==(const FsrsCard &, const FsrsCard &) = default;
};

} // namespace lectern
