#include "study/StudyQueue.h"

#include "library/LibraryStore.h"

#include <algorithm>
#include <vector>

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

    auto scheduled = m_store.scheduledCardsDueBefore(queue.day.end, now, courseId);
    if (!scheduled)
        return scheduled.error();
    QList<LibraryStore::ScheduledCard> &cards = scheduled.value();
    // Sorted as small plain entries pointing back at the cards: a few thousand of them are moved
    // around many times, and a card with its id is larger and slower to move.
    struct Ranked
    {
        double elapsedPerStability;
        qint64 dueMs;
        qsizetype index;
    };
    std::vector<Ranked> reviews;
    reviews.reserve(std::size_t(cards.size()));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        LibraryStore::ScheduledCard &card = cards[i];
        if (card.learning)
            queue.learning.append(
                {std::move(card.cardId), QueuedCard::Kind::Learning, QDateTime::fromMSecsSinceEpoch(card.dueMs, Qt::UTC)});
        else
            reviews.push_back({card.elapsedPerStability, card.dueMs, i});
    }
    // Least likely recalled first: if the student stops early, what they skipped is what they
    // were most likely to still know. Sorting on days elapsed per day of stability sorts on FSRS
    // recall probability without computing it.
    std::sort(reviews.begin(), reviews.end(), [&cards](const Ranked &a, const Ranked &b) {
        if (a.elapsedPerStability != b.elapsedPerStability)
            return a.elapsedPerStability > b.elapsedPerStability;
        if (a.dueMs != b.dueMs)
            return a.dueMs < b.dueMs;
        return cards.at(a.index).cardId < cards.at(b.index).cardId;
    });
    queue.reviews.reserve(qsizetype(reviews.size()));
    for (const Ranked &r : reviews)
        queue.reviews.append(
            {std::move(cards[r.index].cardId), QueuedCard::Kind::Review, QDateTime::fromMSecsSinceEpoch(r.dueMs, Qt::UTC)});
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
