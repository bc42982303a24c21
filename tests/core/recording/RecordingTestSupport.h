#pragma once

#include "audio/Pcm.h"
#include "recording/Recorder.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <cmath>
#include <numbers>

namespace lectern::test {

// A sine tone at `amplitude` of full scale, in Lectern's working format.
inline PcmSamples tone(qint64 ms, double frequency = 440.0, double amplitude = 0.5)
{
    PcmSamples samples(size_t(pcmMsToSamples(ms)));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = qint16(std::lround(amplitude * 32767.0
                                        * std::sin(2.0 * std::numbers::pi * frequency * double(i) / kPcmSampleRate)));
    return samples;
}

inline PcmSamples silence(qint64 ms)
{
    return PcmSamples(size_t(pcmMsToSamples(ms)), 0);
}

inline PcmSamples joined(std::initializer_list<PcmSamples> parts)
{
    PcmSamples all;
    for (const PcmSamples &part : parts)
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// Waits for the recorder to finish the file after it stopped (or its source ran out).
inline std::optional<RecordingFile> waitUntilFinished(Recorder &recorder, int timeoutMs = 30000)
{
    QSignalSpy finished(&recorder, &Recorder::finished);
    if (recorder.state() != Recorder::State::Idle && !finished.wait(timeoutMs))
        return std::nullopt;
    if (finished.isEmpty())
        return std::nullopt;
    return finished.takeFirst().at(0).value<RecordingFile>();
}

} // namespace lectern::test
