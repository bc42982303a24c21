#include "pipeline/TranscriptionWorker.h"

#include "ai/GroqClient.h"
#include "pipeline/PipelineLog.h"

namespace lectern {

TranscriptionWorker::TranscriptionWorker(QString dataDirectory, ClientFactory makeClient)
    : m_dataDirectory(std::move(dataDirectory))
    , m_makeClient(std::move(makeClient))
{
}

TranscriptionWorker::~TranscriptionWorker() = default;

Status TranscriptionWorker::ensureOpen()
{
    if (!m_store) {
        // A second connection beside the window's, which checked the file's pages when it opened.
        Result<std::unique_ptr<LibraryStore>> opened =
            LibraryStore::open(m_dataDirectory, Clock::system(), PageCheck::Skip);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
    }
    if (!m_client)
        m_client = m_makeClient(this);
    return success();
}

void TranscriptionWorker::start(const QString &lectureId, const TranscriptionJobOptions &options)
{
    if (m_job)
        return; // the queue starts one lecture at a time
    if (const Status opened = ensureOpen(); !opened) {
        emit finished(lectureId, opened.error(), {});
        return;
    }
    m_lectureId = lectureId;
    m_job = new TranscriptionJob(*m_store, *m_client, this);
    connect(m_job, &TranscriptionJob::progressChanged, this,
            [this](int chunksDone, int chunksTotal, qint64 audioMsDone, qint64 audioMsTotal) {
                emit progress(m_lectureId, chunksDone, chunksTotal, audioMsDone, audioMsTotal);
            });
    connect(m_job, &TranscriptionJob::waiting, this, [this](int seconds) { emit waiting(m_lectureId, seconds); });
    connect(m_job, &TranscriptionJob::finished, this, &TranscriptionWorker::onJobFinished);
    m_job->start(lectureId, options);
}

void TranscriptionWorker::cancel(const QString &lectureId)
{
    if (m_job && m_lectureId == lectureId)
        m_job->cancel();
}

void TranscriptionWorker::onJobFinished()
{
    const Result<TranscriptionOutcome> outcome = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    const QString lectureId = std::exchange(m_lectureId, QString());
    emit finished(lectureId, outcome, m_store ? m_store->takeChanges() : QList<LibraryChange>{});
}

void TranscriptionWorker::shutdown()
{
    if (m_job) {
        m_job->disconnect(this);
        delete m_job; // stops its uploads and encoders; finished pieces stay kept
        m_job = nullptr;
    }
    delete m_client;
    m_client = nullptr;
    m_store.reset();
    qCDebug(lcPipeline) << "transcription worker stopped";
}

} // namespace lectern
