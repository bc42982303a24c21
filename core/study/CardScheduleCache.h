#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "study/FsrsCard.h"
#include "study/FsrsScheduler.h"

#include <QString>

namespace lectern {

class LibraryStore;

// Keeps the library's cached card schedules (card_state) true to the review log, which is the
// only scheduling fact that is stored and synced. The library marks a card's cache stale whenever
// a review of it is added or withdrawn, on this device or by sync; refreshing replays those
// cards' logs with the scheduler.
class CardScheduleCache
{
public:
    CardScheduleCache(LibraryStore &store, const FsrsScheduler &scheduler);

    // Replays the log of every card whose cache is stale. Returns how many were replayed.
    Result<int> refreshStale();
    // Replays every card's log, e.g. after the scheduling parameters changed.
    Result<int> rebuildAll();
    // The card's cached schedule, current as of the last refresh.
    Result<FsrsCard> card(const QString &cardId) const;

    static FsrsCard toFsrsCard(const CardSchedule &schedule);
    static CardSchedule toSchedule(const FsrsCard &card);

private:
    LibraryStore &m_store;
    const FsrsScheduler &m_scheduler;
};

// The review log as the scheduler replays it.
QList<ReviewRecord> toReviewRecords(const QList<ReviewLogEntry> &log);

} // namespace lectern
