#include "study/ReviewSession.h"

#include "library/LibraryStore.h"
#include "study/StudyLogging.h"

#include <QLocale>
#include <QUuid>

namespace lectern {

ReviewSession::ReviewSession(LibraryStore &store, const FsrsScheduler &scheduler, const Clock &clock,
                             StudyQueueOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_clock(clock)
    , m_builder(store, m_scheduler, clock, std::move(options))
    , m_cache(store, m_scheduler)
{
}

ReviewSession::~ReviewSession() = default;

Status ReviewSession::start(const QString &courseId)
{
    auto built = m_builder.build(courseId);
    if (!built)
        return built.error();
    m_queue = std::move(built).value();
    m_done = 0;
    m_undo.clear();
    clearCurrent();
    return showNext();
}

QueuedCard::Kind ReviewSession::currentKind() const
{
    return m_current ? m_current->kind : QueuedCard::Kind::Review;
}

std::optional<CardSource> ReviewSession::currentSource() const
{
    if (!m_current || m_card.sourceSegmentId.isEmpty())
        return std::nullopt;
    const auto segments = m_store.segments(m_card.lectureId);
    if (!segments)
        return std::nullopt;
    for (const TranscriptSegment &segment : *segments) {
        if (segment.id == m_card.sourceSegmentId)
            return CardSource{m_card.lectureId, segment.id, segment.startMs};
    }
    return std::nullopt; // the transcript was redone since the card was made
}

void ReviewSession::reveal()
{
    if (!m_current || m_revealed)
        return;
    m_revealed = true;
    emit revealedChanged(true);
}

FsrsOutcomes ReviewSession::previewIntervals() const
{
    return m_scheduler.preview(m_schedule, m_clock.now());
}

QString ReviewSession::intervalLabel(std::chrono::minutes interval)
{
    const qint64 minutes = interval.count();
    if (minutes < 60)
        return tr("%n min", nullptr, int(std::max<qint64>(1, minutes)));
    if (minutes < 24 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    const double days = double(minutes) / (24 * 60);
    if (days < 30)
        return tr("%n d", nullptr, int(days + 0.5));
    if (days < 365)
        return tr("%1 mo").arg(QLocale().toString(days / 30.4375, 'f', 1));
    return tr("%1 y").arg(QLocale().toString(days / 365.25, 'f', 1));
}

Status ReviewSession::rate(Rating rating)
{
    if (!m_current)
        return Error{QStringLiteral("invalid_argument"), tr("There is no card to answer.")};
    const QDateTime now = m_clock.now().toUTC();
    ReviewLogEntry entry;
    entry.cardId = m_current->cardId;
    entry.reviewedAt = now;
    entry.rating = static_cast<int>(rating);
    entry.elapsedMs = std::max<qint64>(0, m_shownAt.msecsTo(now));

    FsrsCard after;
    const Status written = m_store.transaction([&]() -> Status {
        // The state after comes from replaying the whole log with this answer in it, not from
        // the cached state: the log is the truth, also when sync brought reviews meanwhile.
        auto log = m_store.reviewLog(entry.cardId);
        if (!log)
            return log.error();
        QList<ReviewRecord> records = toReviewRecords(*log);
        const QDateTime createdAt = m_schedule.state == CardState::New ? m_schedule.due : QDateTime();
        auto before = m_scheduler.replay(entry.cardId, records, createdAt);
        if (!before)
            return before.error();
        entry.stateBefore = static_cast<int>(before->state);
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        records.append({entry.id, now, rating});
        auto replayed = m_scheduler.replay(entry.cardId, records, createdAt);
        if (!replayed)
            return replayed.error();
        after = *replayed;
        entry.stateAfter = static_cast<int>(after.state);
        if (auto stored = m_store.appendReview(entry); !stored)
            return stored.error();
        return m_store.putCardSchedule(CardScheduleCache::toSchedule(after));
    });
    if (!written)
        return written;

    m_undo.append({entry.id, m_queue, *m_current, m_done});
    ++m_done;
    if (after.due < m_queue.day.end)
        m_queue.insertLearning({after.id, QueuedCard::Kind::Learning, after.due});
    clearCurrent();
    return showNext();
}

Status ReviewSession::undo()
{
    if (m_undo.isEmpty())
        return Error{QStringLiteral("invalid_argument"), tr("There is no answer to take back.")};
    const UndoStep step = m_undo.last();
    if (const Status withdrawn = m_store.withdrawReview(step.reviewId); !withdrawn)
        return withdrawn;
    m_undo.removeLast();
    // Withdrawing marked the card's cached schedule stale; replaying its log restores it.
    if (const auto refreshed = m_cache.refreshStale(); !refreshed)
        return refreshed.error();
    m_queue = step.queue;
    m_done = step.done;
    clearCurrent();
    return show(step.card);
}

Status ReviewSession::suspendCurrent()
{
    if (!m_current)
        return Error{QStringLiteral("invalid_argument"), tr("There is no card to suspend.")};
    if (const Status s = m_store.setFlashcardSuspended(m_current->cardId, true); !s)
        return s;
    // An earlier answer taken back would bring the suspended card back into the queue.
    m_undo.clear();
    m_queue.remove(m_current->cardId);
    clearCurrent();
    return showNext();
}

Status ReviewSession::buryCurrent()
{
    if (!m_current)
        return Error{QStringLiteral("invalid_argument"), tr("There is no card to bury.")};
    if (const Status s = m_store.buryFlashcard(m_current->cardId, m_queue.day.end); !s)
        return s;
    m_undo.clear();
    m_queue.remove(m_current->cardId);
    clearCurrent();
    return showNext();
}

Status ReviewSession::editCurrent(const QString &front, const QString &back)
{
    if (!m_current)
        return Error{QStringLiteral("invalid_argument"), tr("There is no card to edit.")};
    Flashcard edited = m_card;
    edited.front = front;
    edited.back = back;
    if (const Status s = m_store.updateFlashcard(edited); !s)
        return s;
    auto stored = m_store.flashcard(edited.id);
    if (!stored)
        return stored.error();
    m_card = *stored;
    emit currentCardChanged();
    return success();
}

int ReviewSession::remainingCount() const
{
    return static_cast<int>(m_queue.size()) + (m_current ? 1 : 0);
}

QDateTime ReviewSession::waitingUntil() const
{
    if (m_current || m_queue.learning.isEmpty())
        return {};
    return m_queue.learning.first().due;
}

Status ReviewSession::refresh()
{
    if (m_current)
        return success();
    return showNext();
}

Status ReviewSession::showNext()
{
    const QDateTime now = m_clock.now();
    // Cards whose learning step is due come first, so steps stay on time; then reviews, then new
    // cards; a learning card due soon is pulled forward only when nothing else is left.
    QList<QueuedCard> *from = nullptr;
    if (!m_queue.learning.isEmpty() && m_queue.learning.first().due <= now)
        from = &m_queue.learning;
    else if (!m_queue.reviews.isEmpty())
        from = &m_queue.reviews;
    else if (!m_queue.newCards.isEmpty())
        from = &m_queue.newCards;
    else if (!m_queue.learning.isEmpty()
             && m_queue.learning.first().due <= now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(
                                                                m_builder.options().learnAhead).count()))
        from = &m_queue.learning;

    if (!from) {
        announce();
        if (m_queue.isEmpty())
            emit finished();
        return success();
    }
    const QueuedCard next = from->takeFirst();
    const Status shown = show(next);
    if (!shown && shown.error().code == QLatin1String("not_found")) {
        // Deleted (or its lecture deleted) since the queue was built: nothing to study.
        qCInfo(lcStudy) << "card" << next.cardId << "left the queue:" << shown.error().message;
        return showNext();
    }
    return shown;
}

Status ReviewSession::show(const QueuedCard &entry)
{
    auto card = m_store.flashcard(entry.cardId);
    if (!card)
        return card.error();
    if (const auto refreshed = m_cache.refreshStale(); !refreshed)
        return refreshed.error();
    auto schedule = m_cache.card(entry.cardId);
    if (!schedule)
        return schedule.error();
    m_current = entry;
    m_card = *card;
    m_schedule = *schedule;
    m_shownAt = m_clock.now();
    m_revealed = false;
    announce();
    return success();
}

void ReviewSession::clearCurrent()
{
    m_current.reset();
    m_card = {};
    m_schedule = {};
    m_revealed = false;
}

void ReviewSession::announce()
{
    emit currentCardChanged();
    emit progressChanged(m_done, remainingCount());
}

} // namespace lectern
