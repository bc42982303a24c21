#pragma once

#include "audio/EnergyEnvelope.h"
#include "audio/Pcm.h"

#include <QString>

namespace lectern {

struct DecodeOptions
{
    // Longer recordings are refused (AudioError::TooLong): 12 hours of 16 kHz PCM is 1.4 GB.
    qint64 maxDurationMs = 12LL * 60 * 60 * 1000;
    // Hash the file before decoding (DecodedAudio::contentHash). A caller that already knows the
    // hash, such as the transcription of a stored lecture, skips reading the file twice.
    bool hashContent = true;
    // Measure the loudness (DecodedAudio::envelope) as the audio comes out of the decoder, for a
    // caller that plans chunks: the decoder's thread does it while the samples are fresh, and
    // the plan no longer has to read the whole recording again once it is decoded.
    bool energyEnvelope = false;
};

// An imported recording, normalised to Lectern's working format.
struct DecodedAudio
{
    QString sourcePath;           // absolute path of the original file
    QString contentHash;          // ContentHash::ofFile() of the original file (empty without DecodeOptions::hashContent)
    qint64 fileSize = 0;          // bytes of the original file
    qint64 sourceDurationMs = -1; // the length the decoder announced, -1 if it did not
    PcmSamples pcm;               // 16 kHz mono int16, on the file's timeline
    EnergyEnvelope envelope;      // of pcm, with DecodeOptions::energyEnvelope (else empty)

    qint64 durationMs() const { return pcmSamplesToMs(qint64(pcm.size())); }
};

} // namespace lectern
