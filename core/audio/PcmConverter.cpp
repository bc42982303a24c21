#include "audio/PcmConverter.h"

#include "audio/AudioLog.h"

#include <QAudioBuffer>

#include <soxr.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace lectern {

struct PcmConverter::Resampler
{
    soxr_t handle = nullptr;
    ~Resampler()
    {
        if (handle)
            soxr_delete(handle);
    }
};

namespace {

// Average of all channels of one frame, scaled to [-1, 1].
template<typename Sample, typename Scale>
void downmix(const void *data, qsizetype frames, int channels, float *mono, Scale toFloat)
{
    const auto *in = static_cast<const Sample *>(data);
    const float norm = 1.0f / float(channels);
    for (qsizetype f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += toFloat(in[f * channels + c]);
        mono[f] = sum * norm;
    }
}

qint16 toInt16(float v)
{
    const float scaled = std::nearbyint(v * 32768.0f);
    return qint16(std::clamp(scaled, -32768.0f, 32767.0f));
}

} // namespace

PcmConverter::PcmConverter() = default;
PcmConverter::~PcmConverter() = default;

bool PcmConverter::push(const QAudioBuffer &buffer, PcmSamples &out)
{
    return push(buffer.constData<char>(), buffer.frameCount(), buffer.format(), out);
}

bool PcmConverter::push(const void *data, qsizetype frames, const QAudioFormat &format, PcmSamples &out)
{
    const int channels = format.channelCount();
    const int rate = format.sampleRate();
    if (channels <= 0 || rate <= 0 || format.sampleFormat() == QAudioFormat::Unknown) {
        m_error = tr("unsupported sample format (%1 Hz, %2 channels)").arg(rate).arg(channels);
        return false;
    }
    if (frames <= 0)
        return true;
    if (!setInputRate(rate, out))
        return false;
    m_inputSeconds += double(frames) / rate;

    // The common case: the backend already delivers the working format.
    if (rate == kPcmSampleRate && channels == 1 && format.sampleFormat() == QAudioFormat::Int16) {
        const auto *in = static_cast<const qint16 *>(data);
        out.insert(out.end(), in, in + frames);
        return true;
    }

    m_mono.resize(size_t(frames));
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
        downmix<quint8>(data, frames, channels, m_mono.data(),
                        [](quint8 s) { return (float(s) - 128.0f) / 128.0f; });
        break;
    case QAudioFormat::Int16:
        downmix<qint16>(data, frames, channels, m_mono.data(), [](qint16 s) { return float(s) / 32768.0f; });
        break;
    case QAudioFormat::Int32:
        downmix<qint32>(data, frames, channels, m_mono.data(),
                        [](qint32 s) { return float(double(s) / 2147483648.0); });
        break;
    case QAudioFormat::Float:
        downmix<float>(data, frames, channels, m_mono.data(), [](float s) { return s; });
        break;
    case QAudioFormat::Unknown:
    case QAudioFormat::NSampleFormats:
        return false; // rejected above
    }

    if (rate == kPcmSampleRate) {
        std::transform(m_mono.begin(), m_mono.end(), std::back_inserter(out), toInt16);
        return true;
    }
    return resample(m_mono.data(), frames, out);
}

void PcmConverter::pushSilence(qint64 durationUs, PcmSamples &out)
{
    if (durationUs <= 0)
        return;
    const int rate = m_inputRate > 0 ? m_inputRate : kPcmSampleRate;
    const qsizetype frames = qsizetype(double(durationUs) * rate / 1e6);
    m_inputSeconds += double(frames) / rate;
    if (rate == kPcmSampleRate || !m_resampler) {
        out.insert(out.end(), size_t(frames), qint16(0));
        return;
    }
    const std::vector<float> zeros(size_t(frames), 0.0f);
    resample(zeros.data(), frames, out);
}

void PcmConverter::finish(PcmSamples &out)
{
    drainResampler(out);
    m_resampler.reset();
    m_inputRate = 0;
}

qint64 PcmConverter::inputDurationUs() const
{
    return qint64(std::llround(m_inputSeconds * 1e6));
}

bool PcmConverter::setInputRate(int rate, PcmSamples &out)
{
    if (rate == m_inputRate)
        return true;
    // A chained Ogg file can change rate between streams: finish the old stream's tail first.
    drainResampler(out);
    m_resampler.reset();
    m_inputRate = rate;
    if (rate == kPcmSampleRate)
        return true;

    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_INT16_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    soxr_error_t error = nullptr;
    soxr_t handle = soxr_create(rate, kPcmSampleRate, 1, &error, &io, &quality, nullptr);
    if (error || !handle) {
        m_error = tr("cannot resample from %1 Hz: %2").arg(rate).arg(QString::fromUtf8(error));
        m_inputRate = 0;
        return false;
    }
    m_resampler = std::make_unique<Resampler>();
    m_resampler->handle = handle;
    qCDebug(lcAudio) << "resampling" << rate << "Hz to" << kPcmSampleRate << "Hz";
    return true;
}

bool PcmConverter::resample(const float *mono, qsizetype frames, PcmSamples &out)
{
    size_t consumed = 0;
    while (consumed < size_t(frames)) {
        const size_t remaining = size_t(frames) - consumed;
        const size_t room = size_t(double(remaining) * kPcmSampleRate / m_inputRate) + 64;
        const size_t before = out.size();
        out.resize(before + room);
        size_t used = 0;
        size_t produced = 0;
        const soxr_error_t error = soxr_process(m_resampler->handle, mono + consumed, remaining, &used,
                                                out.data() + before, room, &produced);
        out.resize(before + produced);
        if (error) {
            m_error = tr("resampling failed: %1").arg(QString::fromUtf8(error));
            return false;
        }
        consumed += used;
        if (used == 0 && produced == 0)
            break; // cannot happen with room for the whole block; never spin
    }
    return true;
}

void PcmConverter::drainResampler(PcmSamples &out)
{
    if (!m_resampler)
        return;
    for (;;) {
        const size_t room = 4096;
        const size_t before = out.size();
        out.resize(before + room);
        size_t produced = 0;
        const soxr_error_t error =
            soxr_process(m_resampler->handle, nullptr, 0, nullptr, out.data() + before, room, &produced);
        out.resize(before + produced);
        if (error || produced == 0)
            break;
    }
}

} // namespace lectern
