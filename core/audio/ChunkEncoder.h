#pragma once

#include "audio/ChunkPlanner.h"
#include "audio/OggOpusWriter.h"
#include "audio/Pcm.h"
#include "base/Result.h"

#include <QByteArray>

namespace lectern {

// Turns one planned chunk of a lecture into the Ogg Opus bytes uploaded for transcription.
class ChunkEncoder
{
public:
    // `lecture` is the whole lecture's 16 kHz mono PCM; the chunk is cut from it by time.
    static Result<QByteArray> encode(PcmView lecture, const AudioChunk &chunk,
                                     const OggOpusWriter::Options &options = {});
};

} // namespace lectern
