#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "study/CardScheduleCache.h"
#include "study/FsrsScheduler.h"
#include "study/StudyDay.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <chrono>

namespace lectern {

class LibraryStore;

struct StudyQueueOptions
{
    // New cards a student meets per study day (per course when studying one course, in total
    // when studying everything). Cards introduced earlier the same day count against it.
    int newCardsPerDay = 20;
    // The hour (local time) at which a new study day begins.
    int dayStartHour = 4;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // With nothing else left, a learning card due within this time is shown early rather than
    // making the student wait for it.
    std::chrono::minutes learnAhead{20};
};

// One card waiting in today's queue.
struct QueuedCard
{
    enum class Kind {
        Learning, // stepping through (re)learning, shown when its step is due
        Review,
        New,
    };
    QString cardId;
    Kind kind = Kind::Review;
    QDateTime due;

    friend bool operator==(const QueuedCard &, const QueuedCard &) = default;
};

// Today's cards, each list in the order they are shown.
struct StudyQueue
{
    StudyDay day;
    // (Re)learning cards due before the day ends, by due time.
    QList<QueuedCard> learning;
    // Review cards due before the day ends, the ones most likely forgotten first.
    QList<QueuedCard> reviews;
    // Never-studied cards, oldest first, as many as today's new-card limit still allows.
    QList<QueuedCard> newCards;
    // New cards already introduced earlier today (they count against the limit).
    int introducedToday = 0;

    qsizetype size() const { return learning.size() + reviews.size() + newCards.size(); }
    bool isEmpty() const { return size() == 0; }
    bool contains(const QString &cardId) const;
    // Drops every entry of the card (suspended, buried, deleted).
    void remove(const QString &cardId);
    // Puts a card whose learning step comes due later today back in line.
    void insertLearning(const QueuedCard &card);
};

// Builds today's study queue for one course or for every course that is not archived: review and
// (re)learning cards due before the study day ends, plus new cards up to the daily limit, leaving
// out suspended cards and those buried until later. Before reading, it replays the log of every
// card whose cached schedule went stale, so the queue always follows the review log.
class StudyQueueBuilder
{
public:
    StudyQueueBuilder(LibraryStore &store, const FsrsScheduler &scheduler, const Clock &clock, StudyQueueOptions options = {});

    const StudyQueueOptions &options() const { return m_options; }
    StudyDay today() const;

    // Empty courseId: every course not archived, unfiled lectures included.
    Result<StudyQueue> build(const QString &courseId = {});

private:
    LibraryStore &m_store;
    const Clock &m_clock;
    StudyQueueOptions m_options;
    CardScheduleCache m_cache;
};

} // namespace lectern
