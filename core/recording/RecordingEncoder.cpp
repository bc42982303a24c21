#include "recording/RecordingEncoder.h"

#include "recording/RecordingLog.h"

namespace lectern {

namespace {
OggOpusOptions writerOptions(qint64 flushIntervalMs)
{
    OggOpusOptions options;
    options.flushIntervalMs = int(flushIntervalMs);
    options.syncOnFlush = true;
    return options;
}
} // namespace

RecordingEncoder::RecordingEncoder(qint64 flushIntervalMs, QObject *parent)
    : QObject(parent), m_writer(writerOptions(flushIntervalMs)), m_flushTimer(this)
{
    m_flushTimer.setInterval(int(flushIntervalMs));
    connect(&m_flushTimer, &QTimer::timeout, this, &RecordingEncoder::flushIfNeeded);
}

RecordingEncoder::~RecordingEncoder()
{
    // The writer's destructor finishes the stream: a recorder torn down mid-recording (the app
    // quitting) leaves a complete file for recovery rather than a cut one.
    if (m_writer.isOpen())
        qCInfo(lcRecording) << "closing a recording that was not stopped";
}

Status RecordingEncoder::open(const QString &path)
{
    return m_writer.openFile(path);
}

void RecordingEncoder::startFlushing()
{
    m_flushTimer.start();
}

void RecordingEncoder::write(const PcmSamples &samples)
{
    if (m_failed || !m_writer.isOpen())
        return;
    if (const Status written = m_writer.write(samples); !written) {
        m_failed = true;
        m_flushTimer.stop();
        emit failed(written.error().message);
    }
}

void RecordingEncoder::flushIfNeeded()
{
    if (m_failed || !m_writer.isOpen() || m_writer.samplesWritten() == m_flushedSamples)
        return;
    m_flushedSamples = m_writer.samplesWritten();
    if (const Status flushed = m_writer.flush(); !flushed) {
        m_failed = true;
        m_flushTimer.stop();
        emit failed(flushed.error().message);
    }
}

void RecordingEncoder::finish()
{
    m_flushTimer.stop();
    if (m_failed || !m_writer.isOpen())
        return;
    if (const Status finished = m_writer.finish(); !finished) {
        m_failed = true;
        emit failed(finished.error().message);
        return;
    }
    emit finished();
}

} // namespace lectern
