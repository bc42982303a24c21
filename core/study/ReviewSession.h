#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "library/Entities.h"
#include "study/CardScheduleCache.h"
#include "study/FsrsScheduler.h"
#include "study/StudyQueue.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

namespace lectern {

class LibraryStore;

// Where a card came from in its lecture, for "show in lecture".
struct CardSource
{
    QString lectureId;
    QString segmentId;
    qint64 startMs = 0;

    friend bool operator==(const CardSource &, const CardSource &) = default;
};

// One sitting of flashcard review: shows today's cards one at a time (front, then the back once
// revealed), schedules each answer with FSRS and logs it, and lets the student take the last
// answer back. Every answer is in the review log on disk before the next card is shown.
//
// Cards in a learning step come back later in the same sitting when their step is due. When the
// only cards left are learning cards due later, currentCard() is empty and waitingUntil() says
// when to call refresh().
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    ReviewSession(LibraryStore &store, const FsrsScheduler &scheduler, const Clock &clock,
                  StudyQueueOptions options = {}, QObject *parent = nullptr);
    ~ReviewSession() override;

    // Builds today's queue (empty courseId: every course not archived) and shows the first card.
    Status start(const QString &courseId = {});

    bool hasCard() const { return m_current.has_value(); }
    // The card shown now; only valid while hasCard().
    const Flashcard &currentCard() const { return m_card; }
    const FsrsCard &currentSchedule() const { return m_schedule; }
    QueuedCard::Kind currentKind() const;
    std::optional<CardSource> currentSource() const;

    bool isRevealed() const { return m_revealed; }
    void reveal();

    // What each answer (Again, Hard, Good, Easy) would schedule if given now, for the buttons.
    FsrsOutcomes previewIntervals() const;
    // A short label for a button, such as "10 min", "3 d" or "2.5 mo".
    static QString intervalLabel(std::chrono::minutes interval);

    // Answers the current card: logs the review, updates its schedule and moves on. On failure
    // nothing is logged and the card stays.
    Status rate(Rating rating);
    bool canUndo() const { return !m_undo.isEmpty(); }
    // Takes the last answer back: withdraws its log entry, restores the card's schedule and shows
    // it again at the position it had.
    Status undo();

    // Take the current card out of review until the student puts it back.
    Status suspendCurrent();
    // Hide the current card until the next study day begins.
    Status buryCurrent();
    // Corrects the current card's text without changing its schedule.
    Status editCurrent(const QString &front, const QString &back);

    // Answers given in this sitting (taken-back ones excluded) and cards still waiting today.
    int doneCount() const { return m_done; }
    int remainingCount() const;
    // With no card to show now but learning cards due later today: when the next one is due.
    QDateTime waitingUntil() const;
    // Shows a learning card that has come due while the student was waiting.
    Status refresh();

    const StudyQueue &queue() const { return m_queue; }

signals:
    void currentCardChanged();
    void revealedChanged(bool revealed);
    void progressChanged(int done, int remaining);
    // Nothing left for today.
    void finished();

private:
    struct UndoStep
    {
        QString reviewId;
        StudyQueue queue;
        QueuedCard card;
        int done = 0;
    };

    Status showNext();
    Status show(const QueuedCard &entry);
    void clearCurrent();
    void announce();

    LibraryStore &m_store;
    FsrsScheduler m_scheduler;
    const Clock &m_clock;
    StudyQueueBuilder m_builder;
    CardScheduleCache m_cache;

    StudyQueue m_queue;
    std::optional<QueuedCard> m_current;
    Flashcard m_card;
    FsrsCard m_schedule;
    QDateTime m_shownAt;
    bool m_revealed = false;
    int m_done = 0;
    QList<UndoStep> m_undo;
};

} // namespace lectern
