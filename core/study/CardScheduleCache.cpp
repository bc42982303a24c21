#include "study/CardScheduleCache.h"

#include "library/LibraryStore.h"
#include "study/StudyLogging.h"

#include <QCoreApplication>

namespace lectern {

namespace {
// Cards replayed per transaction: one commit (and disk flush) per batch instead of per card,
// while a very large rebuild still does not hold the write lock for long.
constexpr qsizetype kRefreshBatch = 500;
} // namespace

CardScheduleCache::CardScheduleCache(LibraryStore &store, const FsrsScheduler &scheduler)
    : m_store(store)
    , m_scheduler(scheduler)
{
}

QList<ReviewRecord> toReviewRecords(const QList<ReviewLogEntry> &log)
{
    QList<ReviewRecord> records;
    records.reserve(log.size());
    for (const ReviewLogEntry &entry : log)
        records.append({entry.id, entry.reviewedAt, static_cast<Rating>(entry.rating)});
    return records;
}

FsrsCard CardScheduleCache::toFsrsCard(const CardSchedule &s)
{
    FsrsCard card;
    card.id = s.cardId;
    card.state = cardStateFromInt(s.state).value_or(CardState::New);
    card.stability = s.stability;
    card.difficulty = s.difficulty;
    card.due = s.due;
    card.lastReview = s.lastReview;
    card.reps = s.reps;
    card.lapses = s.lapses;
    card.step = s.step;
    return card;
}

CardSchedule CardScheduleCache::toSchedule(const FsrsCard &card)
{
    return {card.id, static_cast<int>(card.state), card.stability, card.difficulty, card.due,
            card.lastReview, card.reps, card.lapses, card.step};
}

Result<int> CardScheduleCache::refreshStale()
{
    const auto stale = m_store.staleCardSchedules();
    if (!stale)
        return stale.error();
    for (qsizetype first = 0; first < stale->size(); first += kRefreshBatch) {
        const Status batch = m_store.transaction([&]() -> Status {
            const qsizetype last = std::min(stale->size(), first + kRefreshBatch);
            for (qsizetype i = first; i < last; ++i) {
                const auto &[cardId, createdAt] = stale->at(i);
                const auto log = m_store.reviewLog(cardId);
                if (!log)
                    return log.error();
                const auto card = m_scheduler.replay(cardId, toReviewRecords(*log), createdAt);
                if (!card)
                    return card.error();
                if (const Status put = m_store.putCardSchedule(toSchedule(*card)); !put)
                    return put;
            }
            return success();
        });
        if (!batch)
            return batch.error();
    }
    if (!stale->isEmpty())
        qCDebug(lcStudy) << "replayed the review log of" << stale->size() << "cards";
    return static_cast<int>(stale->size());
}

Result<int> CardScheduleCache::rebuildAll()
{
    if (const Status s = m_store.invalidateCardSchedules(); !s)
        return s.error();
    return refreshStale();
}

Result<FsrsCard> CardScheduleCache::card(const QString &cardId) const
{
    const auto schedule = m_store.cardSchedule(cardId);
    if (!schedule)
        return schedule.error();
    if (!schedule->has_value())
        return Error{QStringLiteral("not_found"),
                     QCoreApplication::translate("lectern::CardScheduleCache", "The flashcard %1 has no schedule.")
                         .arg(cardId)};
    return toFsrsCard(**schedule);
}

} // namespace lectern
