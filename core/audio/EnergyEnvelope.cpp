#include "audio/EnergyEnvelope.h"

namespace lectern {

EnergyEnvelope EnergyEnvelope::fromPcm(PcmView pcm)
{
    EnergyEnvelope envelope;
    envelope.m_frames.reserve(size_t(qsizetype(pcm.size()) / kFrameSamples + 1));
    envelope.append(pcm);
    return envelope;
}

void EnergyEnvelope::append(PcmView pcm)
{
    constexpr double kScale = 1.0 / (32768.0 * 32768.0);
    for (const qint16 sample : pcm) {
        m_partialSum += double(sample) * double(sample);
        if (++m_partialCount == kFrameSamples) {
            m_frames.push_back(float(m_partialSum * kScale / double(kFrameSamples)));
            m_partialSum = 0;
            m_partialCount = 0;
        }
    }
    m_samples += qint64(pcm.size());
}

qsizetype EnergyEnvelope::frameCount() const
{
    return qsizetype(m_frames.size()) + (m_partialCount > 0 ? 1 : 0);
}

float EnergyEnvelope::energy(qsizetype index) const
{
    if (index >= 0 && index < qsizetype(m_frames.size()))
        return m_frames[size_t(index)];
    if (index == qsizetype(m_frames.size()) && m_partialCount > 0)
        return float(m_partialSum / (32768.0 * 32768.0) / double(m_partialCount));
    return 0.0f;
}

} // namespace lectern
