#include "pipeline/StudyMaterialQueue.h"

#include "ai/GroqError.h"
#include "library/LibraryService.h"
#include "pipeline/PipelineLog.h"

#include <QThread>

namespace lectern {

StudyMaterialQueue::StudyMaterialQueue(LibraryService &service, ClientFactory makeClient, QObject *parent)
    : QObject(parent)
    , m_service(&service)
    , m_thread(new QThread(this))
    , m_worker(new StudyMaterialWorker(service.dataDirectory(), std::move(makeClient)))
{
    m_thread->setObjectName(QStringLiteral("StudyMaterialQueue"));
    m_worker->moveToThread(m_thread);
    // The worker's signals cross into this thread queued.
    connect(m_worker, &StudyMaterialWorker::summaryDelta, this, &StudyMaterialQueue::summaryDelta);
    connect(m_worker, &StudyMaterialWorker::progress, this, [this](const QString &, int done, int total) {
        if (Entry *r = running()) {
            r->done = done;
            r->total = total;
            r->waitingSeconds = 0;
            emit entryChanged(r->lectureId, r->task);
        }
    });
    connect(m_worker, &StudyMaterialWorker::waiting, this, [this](const QString &, int seconds) {
        if (Entry *r = running()) {
            r->waitingSeconds = seconds;
            emit entryChanged(r->lectureId, r->task);
        }
    });
    connect(m_worker, &StudyMaterialWorker::finished, this,
            [this](const QString &lectureId, StudyTask task, const StudyMaterialOutcome &outcome, const QList<LibraryChange> &changes) {
                if (m_service)
                    m_service->announceChanges(changes);
                onFinished(lectureId, task, outcome);
            });
    m_thread->start();
}

StudyMaterialQueue::~StudyMaterialQueue()
{
    QMetaObject::invokeMethod(m_worker, &StudyMaterialWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

const StudyMaterialQueue::Entry *StudyMaterialQueue::entry(const QString &lectureId, StudyTask task) const
{
    for (const Entry &e : m_entries) {
        if (e.lectureId == lectureId && e.task == task)
            return &e;
    }
    return nullptr;
}

StudyMaterialQueue::Entry *StudyMaterialQueue::find(const QString &lectureId, StudyTask task)
{
    return const_cast<Entry *>(std::as_const(*this).entry(lectureId, task));
}

StudyMaterialQueue::Entry *StudyMaterialQueue::running()
{
    for (Entry &e : m_entries) {
        if (e.state == State::Running)
            return &e;
    }
    return nullptr;
}

void StudyMaterialQueue::remove(const QString &lectureId, StudyTask task)
{
    m_entries.removeIf([&](const Entry &e) { return e.lectureId == lectureId && e.task == task; });
}

void StudyMaterialQueue::generate(const QString &lectureId, StudyTask task, const StudyMaterialOptions &options)
{
    if (const Entry *existing = entry(lectureId, task)) {
        if (existing->state != State::Failed)
            return;
        remove(lectureId, task);
    }
    Entry added;
    added.lectureId = lectureId;
    added.task = task;
    added.options = options;
    m_entries.append(added);
    emit entryChanged(lectureId, task);
    startNext();
}

void StudyMaterialQueue::cancel(const QString &lectureId, StudyTask task)
{
    const Entry *found = entry(lectureId, task);
    if (!found)
        return;
    if (found->state == State::Running) {
        // The worker stops the generator; its finished() reports the cancel.
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, lectureId, task] { worker->cancel(lectureId, task); });
        return;
    }
    const bool wasQueued = found->state == State::Queued;
    remove(lectureId, task);
    emit entryChanged(lectureId, task);
    if (wasQueued)
        emit finished(lectureId, task, StudyMaterialOutcome{GroqErrors::cancelled(), {}});
}

void StudyMaterialQueue::startNext()
{
    if (running())
        return;
    for (Entry &next : m_entries) {
        if (next.state != State::Queued)
            continue;
        next.state = State::Running;
        qCInfo(lcPipeline) << "study material: task" << int(next.task) << "for" << next.lectureId;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = next.lectureId, task = next.task, options = next.options] {
            worker->start(id, task, options);
        });
        emit entryChanged(next.lectureId, next.task);
        return;
    }
}

void StudyMaterialQueue::onFinished(const QString &lectureId, StudyTask task, const StudyMaterialOutcome &outcome)
{
    const bool cancelled = !outcome.ok() && outcome.error->code == groq::kCancelled;
    if (outcome.ok() || cancelled) {
        remove(lectureId, task);
    } else if (Entry *failed = find(lectureId, task)) {
        failed->state = State::Failed;
        failed->error = *outcome.error;
        failed->waitingSeconds = 0;
    }
    emit entryChanged(lectureId, task);
    emit finished(lectureId, task, outcome);
    startNext();
}

} // namespace lectern
