#include "audio/AudioDecoder.h"

#include "audio/AudioError.h"
#include "audio/AudioLog.h"
#include "audio/DecodeJob.h"

#include <QThread>

namespace lectern {

namespace {

// Moves a new job into `thread`, to run once the thread starts and be deleted when it stops.
DecodeJob *prepareJob(QThread *thread, const QString &path, const DecodeOptions &options,
                      const std::shared_ptr<DecodeJobState> &state)
{
    auto *job = new DecodeJob(path, options, state);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &DecodeJob::run);
    QObject::connect(job, &DecodeJob::done, thread, &QThread::quit, Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    return job;
}

Result<DecodedAudio> takeState(DecodeJobState &state, const QString &path)
{
    std::optional<Result<DecodedAudio>> result;
    {
        QMutexLocker lock(&state.mutex);
        result.swap(state.result);
    }
    if (!result) // the worker stopped without an answer, which only a cancel can cause
        return AudioError::cancelled(path);
    return std::move(*result);
}

} // namespace

AudioDecoder::AudioDecoder(QObject *parent) : QObject(parent) {}

AudioDecoder::~AudioDecoder()
{
    if (m_thread) {
        m_state->cancel();
        m_thread->wait();
    }
}

bool AudioDecoder::isRunning() const
{
    return m_thread != nullptr;
}

bool AudioDecoder::start(const QString &path)
{
    if (m_thread) {
        qCWarning(lcAudio) << "decoder busy with" << m_path << "; not starting" << path;
        return false;
    }
    m_path = path;
    m_result.reset();
    m_state = std::make_shared<DecodeJobState>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("lectern-audio-decode"));
    DecodeJob *job = prepareJob(m_thread, path, m_options, m_state);
    connect(job, &DecodeJob::progressChanged, this, &AudioDecoder::progressChanged);
    connect(m_thread, &QThread::finished, this, &AudioDecoder::onThreadFinished);
    m_thread->start();
    return true;
}

void AudioDecoder::cancel()
{
    if (m_state && m_thread)
        m_state->cancel();
}

void AudioDecoder::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result = takeState(*m_state, m_path);
    emit finished();
}

Result<DecodedAudio> AudioDecoder::takeResult()
{
    std::optional<Result<DecodedAudio>> result;
    result.swap(m_result);
    if (!result)
        return AudioError::decoderFailed(m_path, tr("no decode has finished yet"));
    return std::move(*result);
}

Result<DecodedAudio> AudioDecoder::decodeFile(const QString &path, const DecodeOptions &options,
                                              const ProgressCallback &onProgress)
{
    auto state = std::make_shared<DecodeJobState>();
    QThread thread;
    thread.setObjectName(QStringLiteral("lectern-audio-decode"));
    DecodeJob *job = prepareJob(&thread, path, options, state);
    if (onProgress)
        QObject::connect(job, &DecodeJob::progressChanged, job, onProgress, Qt::DirectConnection);
    thread.start();
    thread.wait();
    return takeState(*state, path);
}

} // namespace lectern
