#pragma once

#include "audio/ChunkPlanner.h"
#include "audio/Pcm.h"
#include "base/Result.h"

#include <QByteArray>

namespace lectern {

struct ChunkEncoderOptions
{
    // Speech at 16 kHz: 24 kbit/s keeps what transcription needs (about 11 MB an hour).
    int bitrate = 24000;
    // Opus' encoder complexity, 0..10. The uploads wait for the encoder, which on a fast line and
    // a small machine is the slowest part of a transcription, so speed counts. Measured on
    // synthetic speech at 24 kbit/s: 1 encodes 5.5 times as fast as 10 and twice as fast as 3,
    // and its decoded spectrum is as close to the original as at 3 (log-spectral distance
    // 7.1 dB against 7.0 dB; 6.5 dB at 5, 6.1 dB at 10), at the same size.
    int complexity = 1;
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
