#pragma once

#include "base/Result.h"
#include "pipeline/TranscriptionJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;

namespace lectern {

class GroqClient;
class LibraryService;
class TranscriptionWorker;

// Transcribes lectures for the app, one after another, away from the UI thread: a worker thread
// opens its own connection to the library (SQLite in WAL mode lets it write while the UI's
// LibraryService reads) and its own GroqClient, and runs a TranscriptionJob per lecture. The queue
// itself lives on the UI thread, keeps every lecture's state for the views (queued, transcribing
// 42%, failed: why), and hands the library changes the worker committed to the LibraryService, so
// views reload exactly as they do for their own writes.
//
//     auto *queue = new TranscriptionQueue(service, &StudyChat::clientFromSettings, this);
//     connect(queue, &TranscriptionQueue::entryChanged, view, &View::updateLecture);
//     queue->enqueue(lectureId);
class TranscriptionQueue : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Queued,
        Running,
        Failed,
    };
    Q_ENUM(State)

    // A lecture the queue knows about. Finished lectures leave the queue; failed ones stay (with
    // the reason) until they are retried or dismissed.
    struct Entry
    {
        QString lectureId;
        State state = State::Queued;
        int chunksDone = 0;
        int chunksTotal = 0;
        qint64 audioMsDone = 0;
        qint64 audioMsTotal = 0;
        Error error;               // for Failed
        int waitingSeconds = 0;    // Groq asked to slow down; 0 when not waiting
        TranscriptionJobOptions options;

        // 0..1, from the audio transcribed so far.
        double fraction() const { return audioMsTotal > 0 ? double(audioMsDone) / double(audioMsTotal) : 0.0; }
    };

    // Makes the Groq client the worker uses, in the worker's thread, as a child of `parent`.
    using ClientFactory = std::function<GroqClient *(QObject *parent)>;

    // `service` must be open and outlive the queue.
    TranscriptionQueue(LibraryService &service, ClientFactory makeClient, QObject *parent = nullptr);
    // Stops the running job (what it finished stays kept for the next start) and the thread.
    ~TranscriptionQueue() override;

    // Adds a lecture at the end of the queue; a failed one is retried. Nothing happens for a lecture
    // already queued or running.
    void enqueue(const QString &lectureId, const TranscriptionJobOptions &options = {});
    // Takes a queued lecture out or stops the running one; finished() follows with "cancelled".
    void cancel(const QString &lectureId);
    // Forgets a failed lecture (the student read the reason).
    void dismiss(const QString &lectureId);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &lectureId) const;
    bool isBusy() const { return !m_runningId.isEmpty(); }

signals:
    // A lecture was added, moved on, made progress, failed or left the queue.
    void entryChanged(const QString &lectureId);
    void finished(const QString &lectureId, const lectern::Result<lectern::TranscriptionOutcome> &outcome);

private:
    void startNext();
    void onProgress(const QString &lectureId, int chunksDone, int chunksTotal, qint64 audioMsDone, qint64 audioMsTotal);
    void onWaiting(const QString &lectureId, int seconds);
    void onJobFinished(const QString &lectureId, const Result<TranscriptionOutcome> &outcome);
    Entry *find(const QString &lectureId);
    void remove(const QString &lectureId);

    // A pointer that clears itself: the app closes the library before the window that owns the queue.
    QPointer<LibraryService> m_service;
    QThread *m_thread;
    TranscriptionWorker *m_worker;
    QList<Entry> m_entries;
    QString m_runningId;
};

} // namespace lectern
