#include "pipeline/StudyMaterialWorker.h"

#include "ai/GroqClient.h"
#include "pipeline/PipelineLog.h"

#include <cmath>

namespace lectern {

StudyMaterialWorker::StudyMaterialWorker(QString dataDirectory, ClientFactory makeClient)
    : m_dataDirectory(std::move(dataDirectory))
    , m_makeClient(std::move(makeClient))
{
}

StudyMaterialWorker::~StudyMaterialWorker() = default;

Status StudyMaterialWorker::ensureOpen()
{
    if (!m_store) {
        // A second connection beside the window's, which checked the file's pages when it opened.
        Result<std::unique_ptr<LibraryStore>> opened =
            LibraryStore::open(m_dataDirectory, Clock::system(), PageCheck::Skip);
        if (!opened)
            return opened.error();
        m_store = std::move(opened).value();
    }
    if (!m_client) {
        m_client = m_makeClient(this);
        // Every wait before a retry is for the running task: the worker runs one at a time.
        connect(m_client, &GroqClient::retryScheduled, this, [this](quint64, qint64 waitMs, const Error &) {
            if (!m_lectureId.isEmpty())
                emit waiting(m_lectureId, int(std::ceil(double(waitMs) / 1000.0)));
        });
    }
    if (!m_generator) {
        m_generator = new StudyMaterialGenerator(*m_client, *m_store, {}, this);
        connect(m_generator, &StudyMaterialGenerator::summaryDelta, this,
                [this](const QString &text) { emit summaryDelta(m_lectureId, text); });
        connect(m_generator, &StudyMaterialGenerator::progress, this,
                [this](int done, int total) { emit progress(m_lectureId, done, total); });
        connect(m_generator, &StudyMaterialGenerator::finished, this, &StudyMaterialWorker::onGeneratorFinished);
    }
    return success();
}

void StudyMaterialWorker::start(const QString &lectureId, StudyTask task, const StudyMaterialOptions &options)
{
    if (!m_lectureId.isEmpty())
        return; // the queue starts one task at a time
    if (const Status opened = ensureOpen(); !opened) {
        emit finished(lectureId, task, StudyMaterialOutcome{opened.error(), {}}, {});
        return;
    }
    m_lectureId = lectureId;
    m_task = task;
    m_generator->setOptions(options);
    m_generator->start(lectureId, task);
}

void StudyMaterialWorker::cancel(const QString &lectureId, StudyTask task)
{
    if (m_generator && m_lectureId == lectureId && m_task == task)
        m_generator->cancel();
}

void StudyMaterialWorker::onGeneratorFinished()
{
    if (m_lectureId.isEmpty())
        return;
    StudyMaterialOutcome outcome;
    outcome.error = m_generator->error();
    if (outcome.ok())
        outcome.suggestions = m_generator->suggestions();
    const QString lectureId = std::exchange(m_lectureId, QString());
    emit finished(lectureId, m_task, outcome, m_store ? m_store->takeChanges() : QList<LibraryChange>{});
}

void StudyMaterialWorker::shutdown()
{
    if (m_generator) {
        m_generator->disconnect(this);
        delete m_generator; // abandons its requests; nothing half-made is stored
        m_generator = nullptr;
    }
    m_lectureId.clear();
    delete m_client;
    m_client = nullptr;
    m_store.reset();
    qCDebug(lcPipeline) << "study material worker stopped";
}

} // namespace lectern
