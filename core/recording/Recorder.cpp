#include "recording/Recorder.h"

#include "recording/PcmSource.h"
#include "recording/RecordingEncoder.h"
#include "recording/RecordingLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace lectern {

namespace {
Error recordingError(const QString &message)
{
    return Error{QStringLiteral("recording.failed"), message};
}
} // namespace

Recorder::Recorder(const QString &recordingsFolder, QObject *parent) : QObject(parent), m_folder(recordingsFolder)
{
    qRegisterMetaType<RecordingFile>();
}

Recorder::~Recorder()
{
    if (m_source)
        m_source->stop();
    // Let the encoder write what is queued and end the stream before its thread goes.
    if (m_encoder && m_thread && (m_state == State::Recording || m_state == State::Paused))
        QMetaObject::invokeMethod(m_encoder, &RecordingEncoder::finish, Qt::BlockingQueuedConnection);
    stopWorker();
}

Status Recorder::start(std::unique_ptr<PcmSource> source, const RecordingDetails &details)
{
    if (m_state != State::Idle)
        return recordingError(tr("A recording is already running."));
    if (!source)
        return recordingError(tr("No microphone is selected."));
    if (source->format() != PcmFormat{})
        return recordingError(tr("%1 delivers audio in a format Lectern cannot record.").arg(source->description()));
    if (!QDir().mkpath(m_folder))
        return recordingError(tr("The folder for recordings (%1) cannot be created.").arg(QDir::toNativeSeparators(m_folder)));

    RecordingFile recording = RecordingFile::create(m_folder, QDateTime::currentDateTimeUtc(), details);
    auto lock = std::make_unique<QLockFile>(recording.lockPath);
    // Never stale while this process lives: only a dead recorder's lock may be taken over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return recordingError(tr("The recording file %1 is in use.").arg(recording.id));
    if (const Status written = recording.writeSidecar(); !written)
        return written;

    auto encoder = std::make_unique<RecordingEncoder>(kFlushIntervalMs);
    if (const Status opened = encoder->open(recording.audioPath); !opened) {
        lock.reset();
        recording.remove();
        return opened;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("lectern-recording"));
    m_encoder = encoder.release();
    m_encoder->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_encoder, &QObject::deleteLater);
    connect(m_encoder, &RecordingEncoder::finished, this, &Recorder::onEncoderFinished);
    connect(m_encoder, &RecordingEncoder::failed, this, &Recorder::onEncoderFailed);
    m_thread->start();
    QMetaObject::invokeMethod(m_encoder, &RecordingEncoder::startFlushing, Qt::QueuedConnection);

    m_source = std::move(source);
    connect(m_source.get(), &PcmSource::samplesReady, this, &Recorder::onSamples);
    connect(m_source.get(), &PcmSource::errorOccurred, this, &Recorder::onSourceError);
    connect(m_source.get(), &PcmSource::ended, this, &Recorder::stop);
    m_recording = recording;
    m_lock = std::move(lock);
    m_samplesKept = 0;
    if (!m_source->start()) {
        const QString reason = m_source->errorString();
        m_source.reset();
        stopWorker();
        m_recording.remove();
        return recordingError(reason.isEmpty() ? tr("The microphone could not be started.") : reason);
    }
    qCInfo(lcRecording) << "recording to" << m_recording.audioPath << "from" << m_source->description();
    setState(State::Recording);
    emit elapsedChanged(0);
    return success();
}

void Recorder::pause()
{
    if (m_state != State::Recording)
        return;
    m_source->pause();
    setState(State::Paused);
    emit levelChanged(0.0, 0.0);
}

void Recorder::resume()
{
    if (m_state != State::Paused)
        return;
    m_source->resume();
    setState(State::Recording);
}

void Recorder::stop()
{
    if (m_state != State::Recording && m_state != State::Paused)
        return;
    // The source may hand over its last block while stopping; it still counts.
    const bool wasPaused = m_state == State::Paused;
    if (!wasPaused)
        m_source->stop();
    setState(State::Finishing);
    if (wasPaused)
        m_source->stop();
    emit levelChanged(0.0, 0.0);
    QMetaObject::invokeMethod(m_encoder, &RecordingEncoder::finish, Qt::QueuedConnection);
}

void Recorder::onSamples(const PcmSamples &samples)
{
    // A microphone may still deliver what it buffered before a pause took effect.
    if (m_state != State::Recording || samples.empty())
        return;
    QMetaObject::invokeMethod(
        m_encoder, [encoder = m_encoder, samples] { encoder->write(samples); }, Qt::QueuedConnection);
    m_samplesKept += qint64(samples.size());

    double sumOfSquares = 0.0;
    int peak = 0;
    for (const qint16 sample : samples) {
        sumOfSquares += double(sample) * double(sample);
        peak = std::max(peak, std::abs(int(sample)));
    }
    constexpr double kFullScale = 32768.0;
    emit levelChanged(std::sqrt(sumOfSquares / double(samples.size())) / kFullScale, double(peak) / kFullScale);
    emit elapsedChanged(elapsedMs());
    emit samplesRecorded(samples);
}

void Recorder::onSourceError(const QString &message)
{
    qCWarning(lcRecording) << "the source failed:" << message;
    emit errorOccurred(message);
    // Keep what was recorded as a complete file.
    stop();
}

void Recorder::onEncoderFinished()
{
    stopWorker();
    m_source.reset();
    m_lock.reset();
    setState(State::Idle);
    qCInfo(lcRecording) << "finished" << m_recording.audioPath << elapsedMs() << "ms";
    emit finished(m_recording);
}

void Recorder::onEncoderFailed(const QString &message)
{
    qCWarning(lcRecording) << "writing the recording failed:" << message;
    if (m_source)
        m_source->stop();
    stopWorker();
    m_source.reset();
    m_lock.reset();
    setState(State::Idle);
    emit errorOccurred(tr("The recording stopped: %1").arg(message));
}

void Recorder::stopWorker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

void Recorder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lectern
