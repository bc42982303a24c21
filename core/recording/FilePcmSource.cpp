#include "recording/FilePcmSource.h"

#include "audio/AudioDecoder.h"

#include <algorithm>
#include <cmath>

namespace lectern {

FilePcmSource::FilePcmSource(PcmSamples samples, const QString &description, const Options &options, QObject *parent)
    : PcmSource(parent), m_samples(std::move(samples)), m_description(description), m_options(options)
{
    m_options.blockMs = std::max<qint64>(1, m_options.blockMs);
    m_options.speed = m_options.speed > 0 ? m_options.speed : 1.0;
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, int(std::lround(double(m_options.blockMs) / m_options.speed))));
    connect(&m_timer, &QTimer::timeout, this, &FilePcmSource::feedBlock);
}

FilePcmSource::FilePcmSource(PcmSamples samples, const QString &description, QObject *parent)
    : FilePcmSource(std::move(samples), description, Options{}, parent)
{
}

Result<PcmSamples> FilePcmSource::decodeFile(const QString &path)
{
    DecodeOptions options;
    options.hashContent = false;
    Result<DecodedAudio> decoded = AudioDecoder::decodeFile(path, options);
    if (!decoded)
        return decoded.error();
    return std::move(decoded.value().pcm);
}

bool FilePcmSource::start()
{
    m_position = 0;
    m_paused = false;
    m_timer.start();
    return true;
}

void FilePcmSource::stop()
{
    m_timer.stop();
}

void FilePcmSource::pause()
{
    m_paused = true;
}

void FilePcmSource::resume()
{
    m_paused = false;
}

void FilePcmSource::feedBlock()
{
    const qint64 total = qint64(m_samples.size());
    const qint64 count = std::min(pcmMsToSamples(m_options.blockMs), total - m_position);
    if (count <= 0) {
        m_timer.stop();
        emit ended();
        return;
    }
    const qint64 from = m_position;
    m_position += count;
    if (!m_paused)
        emit samplesReady(PcmSamples(m_samples.begin() + from, m_samples.begin() + m_position));
    emit positionChanged(positionMs());
}

} // namespace lectern
