#pragma once

#include "audio/Pcm.h"

#include <QtGlobal>

#include <vector>

namespace lectern {

// Loudness over time at a coarse resolution (mean square of each 10 ms frame): all the chunk
// planner needs to find pauses. 12 hours take 17 MB instead of 1.4 GB of PCM, and it can be
// built while audio streams past (append()), e.g. by a recorder.
class EnergyEnvelope
{
public:
    static constexpr int kFrameMs = 10;
    static constexpr qsizetype kFrameSamples = kFrameMs * kPcmSamplesPerMs;

    EnergyEnvelope() = default;
    static EnergyEnvelope fromPcm(PcmView pcm);

    // Adds the next samples of the stream; a trailing partial frame is completed by the next call.
    void append(PcmView pcm);

    qint64 sampleCount() const { return m_samples; }
    qint64 durationMs() const { return pcmSamplesToMs(m_samples); }
    // Frames covering the whole stream, the last one possibly partial.
    qsizetype frameCount() const;
    // Mean square of frame `index`, in [0, 1] (full-scale square wave = 1).
    float energy(qsizetype index) const;

private:
    std::vector<float> m_frames;
    double m_partialSum = 0;
    qsizetype m_partialCount = 0;
    qint64 m_samples = 0;
};

} // namespace lectern
