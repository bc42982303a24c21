#include "audio/ChunkEncoder.h"

#include "audio/AudioError.h"

namespace lectern {

Result<QByteArray> ChunkEncoder::encode(PcmView lecture, const AudioChunk &chunk,
                                        const OggOpusWriter::Options &options)
{
    const qint64 totalSamples = qint64(lecture.size());
    const qint64 durationMs = pcmSamplesToMs(totalSamples);
    if (chunk.startMs < 0 || chunk.endMs <= chunk.startMs || chunk.startMs >= durationMs || chunk.endMs > durationMs)
        return AudioError::invalidRange(chunk.startMs, chunk.endMs, durationMs);
    const qint64 first = pcmMsToSamples(chunk.startMs);
    // The plan ends the last chunk at the lecture's length rounded down to a millisecond; the
    // few samples after that belong to it too.
    const qint64 last = chunk.endMs == durationMs ? totalSamples : pcmMsToSamples(chunk.endMs);
    return OggOpusWriter::encode(lecture.subspan(size_t(first), size_t(last - first)), options);
}

} // namespace lectern
