#include "study/StudyQueue.h"

#include "library/LibraryStore.h"

#include <algorithm>

namespace lectern {

bool StudyQueue::contains(const QString &cardId) const
{
    const auto matches = [&](const QueuedCard &entry) { return entry.cardId == cardId; };
    return std::any_of(learning.cbegin(), learning.cend(), matches)
        || std::any_of(reviews.cbegin(), reviews.cend(), matches)
        || std::any_of(newCards.cbegin(), newCards.cend(), matches);
}

void StudyQueue::remove(const QString &cardId)
{
    const auto matches = [&](const QueuedCard &entry) { return entry.cardId == cardId; };
    learning.removeIf(matches);
    reviews.removeIf(matches);
    newCards.removeIf(matches);
}

void StudyQueue::insertLearning(const QueuedCard &card)
{
    // After the entries due at the same time, so equal steps come back in the order answered.
    const auto at = std::upper_bound(learning.begin(), learning.end(), card,
                                     [](const QueuedCard &a, const QueuedCard &b) { return a.due < b.due; });
    learning.insert(at, card);
}

StudyQueueBuilder::StudyQueueBuilder(LibraryStore &store, const FsrsScheduler &scheduler, const Clock &clock,
                                     StudyQueueOptions options)
    : m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_cache(store, scheduler)
{
}

StudyDay StudyQueueBuilder::today() const
{
    return StudyDay::containing(m_clock.now(), m_options.timeZone, m_options.dayStartHour);
}

Result<StudyQueue> StudyQueueBuilder::build(const QString &courseId)
{
    if (const auto refreshed = m_cache.refreshStale(); !refreshed)
        return refreshed.error();

    const QDateTime now = m_clock.now().toUTC();
    StudyQueue queue;
    queue.day = StudyDay::containing(now, m_options.timeZone, m_options.dayStartHour);

    const auto scheduled = m_store.scheduledCardsDueBefore(queue.day.end, now, courseId);
    if (!scheduled)
        return scheduled.error();
    struct Ranked
    {
        // Days since the last review per day of stability. FSRS recall probability falls
        // steadily as this grows, so sorting on it sorts on the probability without computing it.
        double elapsedPerStability;
        const LibraryStore::ScheduledCard *card;
    };
    QList<Ranked> reviews;
    reviews.reserve(scheduled->size());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const LibraryStore::ScheduledCard &card : *scheduled) {
        if (card.state != static_cast<int>(CardState::Review)) {
            queue.learning.append({card.cardId, QueuedCard::Kind::Learning, QDateTime::fromMSecsSinceEpoch(card.dueMs, Qt::UTC)});
            continue;
        }
        const double elapsedDays = double(nowMs - card.lastReviewMs) / 86'400'000.0;
        reviews.append({card.stability > 0 ? elapsedDays / card.stability : 0.0, &card});
    }
    // Least likely recalled first: if the student stops early, what they skipped is what they
    // were most likely to still know.
    std::sort(reviews.begin(), reviews.end(), [](const Ranked &a, const Ranked &b) {
        if (a.elapsedPerStability != b.elapsedPerStability)
            return a.elapsedPerStability > b.elapsedPerStability;
        if (a.card->dueMs != b.card->dueMs)
            return a.card->dueMs < b.card->dueMs;
        return a.card->cardId < b.card->cardId;
    });
    queue.reviews.reserve(reviews.size());
    for (const Ranked &r : std::as_const(reviews))
        queue.reviews.append({r.card->cardId, QueuedCard::Kind::Review, QDateTime::fromMSecsSinceEpoch(r.card->dueMs, Qt::UTC)});
    std::stable_sort(queue.learning.begin(), queue.learning.end(),
                     [](const QueuedCard &a, const QueuedCard &b) { return a.due < b.due; });

    const auto introduced = m_store.cardsIntroducedBetween(queue.day.start, queue.day.end, courseId);
    if (!introduced)
        return introduced.error();
    queue.introducedToday = *introduced;
    const auto fresh = m_store.newCardIds(now, courseId, std::max(0, m_options.newCardsPerDay - queue.introducedToday));
    if (!fresh)
        return fresh.error();
    queue.newCards.reserve(fresh->size());
    for (const QString &id : *fresh)
        queue.newCards.append({id, QueuedCard::Kind::New, QDateTime()});
    return queue;
}

} // namespace lectern
