#pragma once

#include "audio/ChunkPlanner.h"
#include "audio/Pcm.h"
#include "base/Result.h"

#include <QByteArray>

namespace lectern {

struct ChunkEncoderOptions
{
    // Which of Opus' two coders encodes the speech.
    enum class Coder {
        // SILK, the linear-prediction coder made for speech (OPUS_APPLICATION_VOIP).
        Speech,
        // CELT alone, the transform coder (OPUS_APPLICATION_RESTRICTED_LOWDELAY).
        Transform,
    };

    // Speech at 16 kHz: 24 kbit/s keeps what transcription needs (10-11 MB an hour).
    int bitrate = 24000;
    // The uploads wait for the encoder, which on a fast line and a small machine is the slowest
    // part of a transcription, so speed counts as much as fidelity. Measured with codec_fidelity
    // (tests/bench/codec) on a spoken lecture at 24 kbit/s, as RMS distance from the original in
    // Whisper's own input (80 log-mel bands, normalised as Whisper does): transform coder at
    // complexity 0: 0.156; speech coder at complexity 1: 0.147, at 10: 0.088. The transform coder
    // at 0 keeps what the recogniser hears about as well as the speech coder at its fast setting,
    // and encodes over 4 times as fast (about 900 times real time a core against 210), for 15%
    // more bytes (10.6 against 9.2 MB an hour).
    Coder coder = Coder::Transform;
    // Opus' encoder complexity, 0..10.
    int complexity = 0;
};

// Turns one planned chunk of a lecture into the Ogg Opus bytes uploaded for transcription.
// Encodes with libopus at the lecture's own 16 kHz (libopusenc, behind OggOpusWriter, would
// resample to 48 kHz and back, which doubles the work for the same speech).
class ChunkEncoder
{
public:
    using Options = ChunkEncoderOptions;

    // `lecture` is the whole lecture's 16 kHz mono PCM; the chunk is cut from it by time.
    // Safe to call from several threads at once.
    static Result<QByteArray> encode(PcmView lecture, const AudioChunk &chunk, const Options &options = {});
};

} // namespace lectern
