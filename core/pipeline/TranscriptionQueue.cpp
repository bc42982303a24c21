#include "pipeline/TranscriptionQueue.h"

#include "library/LibraryService.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/TranscriptionWorker.h"

#include <QThread>

namespace lectern {

TranscriptionQueue::TranscriptionQueue(LibraryService &service, ClientFactory makeClient, QObject *parent)
    : QObject(parent)
    , m_service(&service)
    , m_thread(new QThread(this))
    , m_worker(new TranscriptionWorker(service.dataDirectory(), std::move(makeClient)))
{
    m_thread->setObjectName(QStringLiteral("TranscriptionQueue"));
    m_worker->moveToThread(m_thread);
    // The worker's signals cross into this thread queued.
    connect(m_worker, &TranscriptionWorker::progress, this, &TranscriptionQueue::onProgress);
    connect(m_worker, &TranscriptionWorker::waiting, this, &TranscriptionQueue::onWaiting);
    connect(m_worker, &TranscriptionWorker::finished, this,
            [this](const QString &lectureId, const Result<TranscriptionOutcome> &outcome, const QList<LibraryChange> &changes) {
                if (m_service)
                    m_service->announceChanges(changes);
                onJobFinished(lectureId, outcome);
            });
    m_thread->start();
}

TranscriptionQueue::~TranscriptionQueue()
{
    QMetaObject::invokeMethod(m_worker, &TranscriptionWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

const TranscriptionQueue::Entry *TranscriptionQueue::entry(const QString &lectureId) const
{
    for (const Entry &e : m_entries) {
        if (e.lectureId == lectureId)
            return &e;
    }
    return nullptr;
}

TranscriptionQueue::Entry *TranscriptionQueue::find(const QString &lectureId)
{
    return const_cast<Entry *>(std::as_const(*this).entry(lectureId));
}

void TranscriptionQueue::enqueue(const QString &lectureId, const TranscriptionJobOptions &options)
{
    if (Entry *existing = find(lectureId)) {
        if (existing->state != State::Failed)
            return;
        remove(lectureId); // a retry goes to the back of the queue, with a fresh state
    }
    Entry added;
    added.lectureId = lectureId;
    added.options = options;
    m_entries.append(added);
    emit entryChanged(lectureId);
    startNext();
}

void TranscriptionQueue::cancel(const QString &lectureId)
{
    const Entry *found = entry(lectureId);
    if (!found)
        return;
    if (found->state == State::Running) {
        // The worker stops the job; its finished() reports the cancel.
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, lectureId] { worker->cancel(lectureId); });
        return;
    }
    const bool wasQueued = found->state == State::Queued;
    remove(lectureId);
    emit entryChanged(lectureId);
    if (wasQueued)
        emit finished(lectureId, Error{TranscriptionJob::cancelledCode(), TranscriptionJob::tr("The transcription was cancelled.")});
}

void TranscriptionQueue::dismiss(const QString &lectureId)
{
    const Entry *found = entry(lectureId);
    if (!found || found->state != State::Failed)
        return;
    remove(lectureId);
    emit entryChanged(lectureId);
}

void TranscriptionQueue::remove(const QString &lectureId)
{
    m_entries.removeIf([&](const Entry &e) { return e.lectureId == lectureId; });
}

void TranscriptionQueue::startNext()
{
    if (!m_runningId.isEmpty())
        return;
    for (Entry &next : m_entries) {
        if (next.state != State::Queued)
            continue;
        next.state = State::Running;
        m_runningId = next.lectureId;
        qCInfo(lcPipeline) << "queue: transcribing" << next.lectureId;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = next.lectureId, options = next.options] {
            worker->start(id, options);
        });
        emit entryChanged(next.lectureId);
        return;
    }
}

void TranscriptionQueue::onProgress(const QString &lectureId, int chunksDone, int chunksTotal, qint64 audioMsDone,
                                    qint64 audioMsTotal)
{
    Entry *running = find(lectureId);
    if (!running)
        return;
    running->chunksDone = chunksDone;
    running->chunksTotal = chunksTotal;
    running->audioMsDone = audioMsDone;
    running->audioMsTotal = audioMsTotal;
    running->waitingSeconds = 0;
    emit entryChanged(lectureId);
}

void TranscriptionQueue::onWaiting(const QString &lectureId, int seconds)
{
    if (Entry *running = find(lectureId)) {
        running->waitingSeconds = seconds;
        emit entryChanged(lectureId);
    }
}

void TranscriptionQueue::onJobFinished(const QString &lectureId, const Result<TranscriptionOutcome> &outcome)
{
    m_runningId.clear();
    const bool cancelled = !outcome && outcome.error().code == TranscriptionJob::cancelledCode();
    if (outcome || cancelled) {
        remove(lectureId);
    } else if (Entry *failed = find(lectureId)) {
        failed->state = State::Failed;
        failed->error = outcome.error();
        failed->waitingSeconds = 0;
    }
    emit entryChanged(lectureId);
    emit finished(lectureId, outcome);
    startNext();
}

} // namespace lectern
