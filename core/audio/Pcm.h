#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace lectern {

// Lectern's working audio format: 16 kHz mono signed 16-bit PCM. 16 kHz is what speech
// recognisers (Whisper included) resample to anyway; int16 halves the memory of float
// (115 MB instead of 230 MB per hour) and 96 dB of range is more than any lecture recording has.
inline constexpr int kPcmSampleRate = 16000;
inline constexpr qint64 kPcmSamplesPerMs = kPcmSampleRate / 1000;

using PcmSamples = std::vector<qint16>;
using PcmView = std::span<const qint16>;

constexpr qint64 pcmSamplesToMs(qint64 samples) { return samples / kPcmSamplesPerMs; }
constexpr qint64 pcmMsToSamples(qint64 ms) { return ms * kPcmSamplesPerMs; }

} // namespace lectern
