#pragma once

#include "library/Entities.h"
#include "study/ReviewSession.h"
#include "study/StudyQueue.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace lectern {

// What a review page shows at one moment, copied out of the ReviewSession on the library's
// worker thread so that the UI thread reads it without touching the session or the database.
struct ReviewSnapshot
{
    enum class State {
        // No session started yet.
        Idle,
        // A card is shown (front, or front and back once revealed).
        Card,
        // Only learning cards due later today are left; they come back at `waitingUntil`.
        Waiting,
        // Nothing left for today.
        Finished,
    };

    State state = State::Idle;
    // The course studied; empty for every course.
    QString courseId;

    Flashcard card;
    QueuedCard::Kind kind = QueuedCard::Kind::Review;
    bool revealed = false;
    // Again, Hard, Good, Easy: when the card would come back after each answer ("10 min", "3 d").
    std::array<QString, 4> intervalLabels;
    // Where the card came from in its lecture; nullopt for cards written by hand.
    std::optional<CardSource> source;
    bool canUndo = false;

    // Answers given in this sitting, and cards still to see today (the shown one included),
    // split into cards already studied before (due) and cards never studied (new).
    int done = 0;
    int remaining = 0;
    int dueCount = 0;
    int newCount = 0;

    QDateTime waitingUntil;
    // Finished: when the next card of the course comes due; invalid when none is scheduled.
    QDateTime nextDue;
};

} // namespace lectern
