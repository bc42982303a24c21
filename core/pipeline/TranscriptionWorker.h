#pragma once

#include "base/Result.h"
#include "library/LibraryStore.h"
#include "pipeline/TranscriptionJob.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace lectern {

class GroqClient;

// TranscriptionQueue's other half, living in the queue's worker thread: it owns that thread's
// connection to the library, its Groq client and the running job. Only the queue uses it.
class TranscriptionWorker : public QObject
{
    Q_OBJECT

public:
    using ClientFactory = std::function<GroqClient *(QObject *parent)>;

    TranscriptionWorker(QString dataDirectory, ClientFactory makeClient);
    ~TranscriptionWorker() override;

    // All of these run in the worker's thread.
    void start(const QString &lectureId, const TranscriptionJobOptions &options);
    void cancel(const QString &lectureId);
    // Stops the job and closes the library and the client, before the thread ends.
    void shutdown();

signals:
    void progress(const QString &lectureId, int chunksDone, int chunksTotal, qint64 audioMsDone, qint64 audioMsTotal);
    void waiting(const QString &lectureId, int seconds);
    // `changes` are the library writes the job committed, for LibraryService::announceChanges().
    void finished(const QString &lectureId, const lectern::Result<lectern::TranscriptionOutcome> &outcome,
                  const QList<lectern::LibraryChange> &changes);

private:
    Status ensureOpen();
    void onJobFinished();

    QString m_dataDirectory;
    ClientFactory m_makeClient;
    std::unique_ptr<LibraryStore> m_store;
    GroqClient *m_client = nullptr;
    TranscriptionJob *m_job = nullptr;
    QString m_lectureId;
};

} // namespace lectern
