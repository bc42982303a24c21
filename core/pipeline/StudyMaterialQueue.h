#pragma once

#include "ai/StudyMaterialGenerator.h"
#include "base/Result.h"
#include "pipeline/StudyMaterialWorker.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;

namespace lectern {

class GroqClient;
class LibraryService;

// Makes study material for the app away from the UI thread, one task after another: a worker
// thread opens its own connection to the library and its own GroqClient and runs a
// StudyMaterialGenerator there, because the generator reads the transcript and stores what it
// made through the store of its own thread. The queue lives on the UI thread, keeps each task's
// state for the views (queued, running 2 of 6, waiting 20 s for Groq, failed: why) and hands the
// library changes the worker committed to the LibraryService, so views reload as for their own
// writes.
//
//     auto *queue = new StudyMaterialQueue(service, &makeClient, this);
//     connect(queue, &StudyMaterialQueue::summaryDelta, view, &View::appendSummary);
//     queue->generate(lectureId, StudyTask::Summary);
class StudyMaterialQueue : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Queued,
        Running,
        Failed,
    };
    Q_ENUM(State)

    // A task the queue knows about. Finished tasks leave the queue; failed ones stay (with the
    // reason) until they are generated again.
    struct Entry
    {
        QString lectureId;
        StudyTask task = StudyTask::Summary;
        State state = State::Queued;
        int done = 0;
        int total = 0;
        int waitingSeconds = 0; // Groq asked to slow down; 0 when not waiting
        Error error;            // for Failed
        StudyMaterialOptions options;
    };

    using ClientFactory = StudyMaterialWorker::ClientFactory;

    // `service` must be open and outlive the queue. `makeClient` runs in the worker's thread.
    StudyMaterialQueue(LibraryService &service, ClientFactory makeClient, QObject *parent = nullptr);
    // Stops the running task (it stores nothing) and the thread.
    ~StudyMaterialQueue() override;

    // Queues a task; a failed one is tried again. Nothing happens for a task already queued or running.
    void generate(const QString &lectureId, StudyTask task, const StudyMaterialOptions &options = {});
    // Takes a queued task out or stops the running one; finished() follows with "cancelled".
    void cancel(const QString &lectureId, StudyTask task);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &lectureId, StudyTask task) const;

signals:
    // A task was added, moved on, made progress, failed or left the queue.
    void entryChanged(const QString &lectureId, lectern::StudyTask task);
    // A piece of a summary as it streams in.
    void summaryDelta(const QString &lectureId, const QString &text);
    void finished(const QString &lectureId, lectern::StudyTask task, const lectern::StudyMaterialOutcome &outcome);

private:
    void startNext();
    void onFinished(const QString &lectureId, StudyTask task, const StudyMaterialOutcome &outcome);
    Entry *find(const QString &lectureId, StudyTask task);
    Entry *running();
    void remove(const QString &lectureId, StudyTask task);

    QPointer<LibraryService> m_service; // the app closes the library before the window
    QThread *m_thread;
    StudyMaterialWorker *m_worker;
    QList<Entry> m_entries;
};

} // namespace lectern
