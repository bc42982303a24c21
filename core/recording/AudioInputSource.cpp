#include "recording/AudioInputSource.h"

#include "recording/RecordingLog.h"

#include <QAudioSource>
#include <QIODevice>

namespace lectern {

namespace {
// Small enough for a lively level meter, large enough not to wake the UI thread too often.
constexpr int kBufferMs = 100;
} // namespace

AudioInputSource::AudioInputSource(const QAudioDevice &device, QObject *parent) : PcmSource(parent), m_device(device)
{
}

AudioInputSource::~AudioInputSource()
{
    stop();
}

QString AudioInputSource::description() const
{
    return m_device.description();
}

bool AudioInputSource::start()
{
    if (m_device.isNull()) {
        m_error = tr("No microphone is selected.");
        return false;
    }
    m_format = m_device.preferredFormat();
    if (!m_format.isValid() || m_format.sampleRate() <= 0) {
        m_error = tr("%1 reports no usable audio format.").arg(m_device.description());
        return false;
    }
    m_source = std::make_unique<QAudioSource>(m_device, m_format);
    m_source->setBufferSize(m_format.bytesForDuration(kBufferMs * 1000));
    connect(m_source.get(), &QAudioSource::stateChanged, this, &AudioInputSource::onStateChanged);
    m_stopping = false;
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        m_error = tr("%1 could not be opened.").arg(m_device.description());
        m_source.reset();
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &AudioInputSource::readAvailable);
    qCInfo(lcRecording) << "recording from" << m_device.description() << m_format;
    return true;
}

void AudioInputSource::stop()
{
    if (!m_source)
        return;
    m_stopping = true;
    readAvailable();
    m_source->stop();
    m_converted.clear();
    m_converter.finish(m_converted);
    if (!m_converted.empty())
        emit samplesReady(m_converted);
    m_source.reset();
}

void AudioInputSource::pause()
{
    if (m_source)
        m_source->suspend();
}

void AudioInputSource::resume()
{
    if (m_source)
        m_source->resume();
}

void AudioInputSource::readAvailable()
{
    if (!m_io)
        return;
    const QByteArray bytes = m_io->readAll();
    const int bytesPerFrame = m_format.bytesPerFrame();
    if (bytes.isEmpty() || bytesPerFrame <= 0)
        return;
    m_converted.clear();
    if (!m_converter.push(bytes.constData(), bytes.size() / bytesPerFrame, m_format, m_converted)) {
        m_error = m_converter.errorString();
        emit errorOccurred(m_error);
        return;
    }
    if (!m_converted.empty())
        emit samplesReady(m_converted);
}

void AudioInputSource::onStateChanged()
{
    if (!m_source || m_stopping)
        return;
    if (m_source->error() != QAudio::NoError && m_source->state() == QAudio::StoppedState) {
        m_error = tr("%1 stopped delivering sound (was it unplugged?).").arg(m_device.description());
        emit errorOccurred(m_error);
    }
}

} // namespace lectern
