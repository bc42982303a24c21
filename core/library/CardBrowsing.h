#pragma once

#include "library/Entities.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// What the card browser can ask the library for: every live card, whatever its schedule, with the
// course, lecture and schedule facts a student sorts and filters on.

// Suspended cards are their own group: a suspended card is out of review whatever FSRS state it
// was in, and the other groups hold only cards that are not suspended.
enum class CardStateFilter {
    Any,
    New,
    Learning,
    Review,
    Relearning,
    Suspended,
};

enum class CardSortKey {
    Created,
    Front,
    Back,
    Course,
    Lecture,
    State,
    Due,
    Lapses,
};

struct CardQuery
{
    // Every word must start a word of the front or the back; case and diacritics are ignored.
    QString text;
    // nullopt: every course; an empty id: cards of lectures not filed under a course.
    std::optional<QString> courseId;
    CardStateFilter state = CardStateFilter::Any;
    CardSortKey sortKey = CardSortKey::Created;
    bool descending = true;
    int offset = 0;
    // At most this many cards from `offset`; negative for all of them.
    int limit = -1;
};

struct BrowsedCard
{
    Flashcard card;
    // Empty for a card of an unfiled lecture.
    QString courseId;
    QString courseName;
    QString lectureTitle;
    // FSRS state: 0 new, 1 learning, 2 review, 3 relearning.
    int state = 0;
    bool suspended = false;
    QDateTime due;
    int lapses = 0;

    friend bool operator==(const BrowsedCard &, const BrowsedCard &) = default;
};

struct CardPage
{
    // The cards from the query's offset, at most its limit.
    QList<BrowsedCard> cards;
    // How many cards match the query in all.
    int total = 0;
};

// Where a card lives: its lecture and the transcript segment it was made from, which moving it to
// another lecture clears (the segment is not part of that lecture) and moving it back restores.
struct CardPlacement
{
    QString cardId;
    QString lectureId;
    QString sourceSegmentId;

    friend bool operator==(const CardPlacement &, const CardPlacement &) = default;
};

} // namespace lectern
