#include "study/ReviewController.h"

#include "library/LibraryService.h"
#include "library/LibraryStore.h"
#include "study/ReviewSession.h"

namespace lectern {

// Only ever touched on the library's worker thread (see run()).
struct ReviewController::SessionHolder
{
    std::unique_ptr<ReviewSession> session;
    bool started = false;
    QString courseId;
    // Finding a card's source reads its lecture's whole transcript, so it is looked up once per
    // card rather than for every snapshot (a reveal, an edit).
    QString sourceKey;
    std::optional<CardSource> source;

    // What the page shows now.
    ReviewSnapshot snapshot(const LibraryStore &store);
};

namespace {

struct StepOutcome
{
    Status status = success();
    ReviewSnapshot snapshot;
};

// When the first card after today's comes due: a scheduled card (buried ones come back when the
// day ends), or the next day's new cards.
QDateTime nextDueAfter(const LibraryStore &store, const StudyDay &day, const QString &courseId)
{
    QDateTime next;
    const auto consider = [&next](const QDateTime &due) {
        if (!next.isValid() || due < next)
            next = due;
    };
    if (const auto scheduled = store.scheduledCardsDueBefore(day.end.addYears(100), day.end, courseId)) {
        for (const LibraryStore::ScheduledCard &card : *scheduled)
            consider(std::max(QDateTime::fromMSecsSinceEpoch(card.dueMs, Qt::UTC), day.end));
    }
    if (const auto fresh = store.newCardIds(day.end, courseId, 1); fresh && !fresh->isEmpty())
        consider(day.end);
    return next;
}

int countOf(const StudyQueue &queue, QueuedCard::Kind kind)
{
    return static_cast<int>(kind == QueuedCard::Kind::New ? queue.newCards.size()
                                                          : queue.learning.size() + queue.reviews.size());
}

} // namespace

ReviewSnapshot ReviewController::SessionHolder::snapshot(const LibraryStore &store)
{
    ReviewSnapshot shown;
    if (!started)
        return shown;
    const StudyQueue &queue = session->queue();
    shown.courseId = courseId;
    shown.done = session->doneCount();
    shown.remaining = session->remainingCount();
    shown.canUndo = session->canUndo();
    shown.dueCount = countOf(queue, QueuedCard::Kind::Review);
    shown.newCount = countOf(queue, QueuedCard::Kind::New);

    if (session->hasCard()) {
        shown.state = ReviewSnapshot::State::Card;
        shown.card = session->currentCard();
        shown.kind = session->currentKind();
        shown.revealed = session->isRevealed();
        ++(shown.kind == QueuedCard::Kind::New ? shown.newCount : shown.dueCount);
        const FsrsOutcomes outcomes = session->previewIntervals();
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            shown.intervalLabels[i] = ReviewSession::intervalLabel(outcomes[i].interval);
        const QString key = shown.card.id + u'/' + shown.card.sourceSegmentId;
        if (key != sourceKey) {
            sourceKey = key;
            source = session->currentSource();
        }
        shown.source = source;
    } else if (const QDateTime until = session->waitingUntil(); until.isValid()) {
        shown.state = ReviewSnapshot::State::Waiting;
        shown.waitingUntil = until;
    } else {
        shown.state = ReviewSnapshot::State::Finished;
        shown.nextDue = nextDueAfter(store, queue.day, courseId);
    }
    return shown;
}

ReviewController::ReviewController(LibraryService &service, const Clock &clock, StudyQueueOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_service(&service)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_holder(std::make_shared<SessionHolder>())
{
}

ReviewController::~ReviewController()
{
    // The session is a QObject of the worker thread and holds the worker's store: it goes there,
    // after the calls still queued. Without the service, its thread has ended and nothing else
    // can touch the session any more.
    if (m_service)
        m_service->submit([holder = std::move(m_holder)](LibraryStore &) { holder->session.reset(); });
}

void ReviewController::start(const QString &courseId)
{
    run([courseId](SessionHolder &holder) {
        // A queue that could not be built leaves the sitting shown before as it was.
        const Status started = holder.session->start(courseId);
        if (started) {
            holder.started = true;
            holder.courseId = courseId;
        }
        return started;
    });
}

void ReviewController::reveal()
{
    runOnCard([](SessionHolder &holder) {
        holder.session->reveal();
        return success();
    });
}

void ReviewController::rate(Rating rating)
{
    runOnCard([rating](SessionHolder &holder) {
        // The answer is to the back the student has seen.
        if (!holder.session->isRevealed())
            return success();
        return holder.session->rate(rating);
    });
}

void ReviewController::undo()
{
    run([](SessionHolder &holder) {
        return holder.session->canUndo() ? holder.session->undo() : success();
    });
}

void ReviewController::suspendCurrent()
{
    runOnCard([](SessionHolder &holder) { return holder.session->suspendCurrent(); });
}

void ReviewController::buryCurrent()
{
    runOnCard([](SessionHolder &holder) { return holder.session->buryCurrent(); });
}

void ReviewController::editCurrent(const QString &front, const QString &back)
{
    runOnCard([front, back](SessionHolder &holder) { return holder.session->editCurrent(front, back); });
}

void ReviewController::refresh()
{
    run([](SessionHolder &holder) { return holder.session->refresh(); });
}

void ReviewController::runOnCard(Step step)
{
    // Without a card on screen there is nothing the student could have meant.
    if (m_snapshot.state == ReviewSnapshot::State::Card)
        run(std::move(step), m_snapshot.card.id);
}

void ReviewController::run(Step step, const QString &cardId)
{
    if (!m_service)
        return;
    ++m_pending;
    m_service
        ->submit([holder = m_holder, step = std::move(step), cardId, &clock = m_clock,
                  options = m_options](LibraryStore &store) -> Result<StepOutcome> {
            if (!holder->session)
                holder->session = std::make_unique<ReviewSession>(store, FsrsScheduler(), clock, options);
            StepOutcome outcome;
            const ReviewSession &session = *holder->session;
            // A command for a card the session has moved past was meant for another card.
            const bool stale = !cardId.isEmpty() && (!session.hasCard() || session.currentCard().id != cardId);
            if (!stale)
                outcome.status = step(*holder);
            outcome.snapshot = holder->snapshot(store);
            return outcome;
        })
        .then(this, [this](const Result<StepOutcome> &outcome) {
            --m_pending;
            if (!outcome) {
                emit failed(outcome.error().message);
            } else {
                m_snapshot = outcome->snapshot;
                emit snapshotChanged();
                if (!outcome->status)
                    emit failed(outcome->status.error().message);
            }
        });
}

} // namespace lectern
