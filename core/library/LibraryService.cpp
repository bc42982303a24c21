#include "library/LibraryService.h"

#include "library/LibraryLogging.h"

#include <QThread>

namespace lectern {

// Lives in the owner's thread as an object, but `context` has the worker thread's affinity and
// `store` is only touched from that thread.
struct LibraryService::Worker
{
    QThread thread;
    QObject context;
    std::unique_ptr<LibraryStore> store;
};

LibraryService::LibraryService(QString dataDir, QObject *parent)
    : LibraryService(std::move(dataDir), Clock::system(), parent)
{
}

LibraryService::LibraryService(QString dataDir, const Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock), m_worker(std::make_unique<Worker>())
{
    m_worker->thread.setObjectName(QStringLiteral("lectern-library"));
    m_worker->context.moveToThread(&m_worker->thread);
    m_worker->thread.start();
}

LibraryService::~LibraryService()
{
    // Posted after every task already queued, so those finish first; the store (and with it the
    // database connection, which belongs to the worker thread) is closed there, then the loop ends.
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        &worker->context,
        [worker] {
            worker->store.reset();
            worker->thread.quit();
        },
        Qt::QueuedConnection);
    worker->thread.wait();
}

QFuture<Status> LibraryService::open()
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        &worker->context,
        [worker, promise, dataDir = m_dataDir, &clock = m_clock] {
            Status status = success();
            if (!worker->store) {
                auto opened = LibraryStore::open(dataDir, clock);
                if (opened) {
                    worker->store = std::move(opened).value();
                } else {
                    qCWarning(lcLibrary) << "could not open the library:" << opened.error().message;
                    status = opened.error();
                }
            }
            promise->addResult(std::move(status));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void LibraryService::post(std::function<void(LibraryStore *)> task)
{
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        &worker->context, [worker, task = std::move(task)] { task(worker->store.get()); }, Qt::QueuedConnection);
}

void LibraryService::publishChanges(LibraryStore *store)
{
    if (!store)
        return;
    const QList<LibraryChange> changes = store->takeChanges();
    if (changes.isEmpty())
        return;
    // Emitted on this object's thread, where the views that reload on them live.
    QMetaObject::invokeMethod(
        this,
        [this, changes] {
            for (const LibraryChange &change : changes)
                emitChange(change);
        },
        Qt::QueuedConnection);
}

void LibraryService::announceChanges(const QList<LibraryChange> &changes)
{
    for (const LibraryChange &change : changes)
        emitChange(change);
}

void LibraryService::emitChange(const LibraryChange &change)
{
    switch (change.kind) {
    case LibraryChange::Kind::Courses:
        emit coursesChanged();
        break;
    case LibraryChange::Kind::Lectures:
        emit lecturesChanged(change.id);
        break;
    case LibraryChange::Kind::Transcript:
        emit transcriptChanged(change.id);
        break;
    case LibraryChange::Kind::Notes:
        emit notesChanged(change.id);
        break;
    case LibraryChange::Kind::Flashcards:
        emit flashcardsChanged(change.id);
        break;
    case LibraryChange::Kind::StudyItems:
        emit studyItemsChanged(change.id);
        break;
    case LibraryChange::Kind::Listening:
        emit listeningChanged(change.id);
        break;
    }
}

Error LibraryService::notOpenError()
{
    return {QStringLiteral("library_not_open"),
            tr("The library is not open. Open it first, or check the error reported when opening it.")};
}

} // namespace lectern
