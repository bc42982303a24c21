#pragma once

#include "audio/EnergyEnvelope.h"
#include "audio/Pcm.h"

#include <QList>
#include <QtGlobal>

namespace lectern {

// One piece of a lecture sent for transcription, on the lecture's timeline.
struct AudioChunk
{
    int index = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;

    qint64 durationMs() const { return endMs - startMs; }
    friend bool operator==(const AudioChunk &, const AudioChunk &) = default;
};

struct ChunkPlanOptions
{
    // How long a chunk should be: long enough to give the recogniser context, short enough to
    // upload quickly, retry cheaply and run in parallel.
    qint64 targetMs = 10 * 60 * 1000;
    // Each chunk after the first starts this much before the previous one ends, so a word cut at
    // a boundary is heard whole by one of them; the stitcher keeps one copy.
    qint64 overlapMs = 5000;
    // A cut may move this far from the target to land in a pause.
    qint64 searchWindowMs = 30000;
    // Groq bills every request as at least 10 s: no chunk is shorter unless the lecture is.
    qint64 minChunkMs = 10000;
    // A pause is judged by the loudness of this much audio around the cut, so the gap between
    // two syllables does not count as one.
    qint64 quietWindowMs = 500;
    // The first chunk is only about this long (0: targetMs, like the others), so its upload can
    // start while the rest of the lecture is still being encoded.
    qint64 firstChunkMs = 0;
    // Towards the end a chunk takes at most this share of the lecture left from where it starts
    // (0: no taper), but not less than taperMinMs. The chunks uploaded last are then short, and
    // Groq's time for them, which nothing can overlap, stays short too.
    double taperShare = 0;
    qint64 taperMinMs = 60000;

    // What the transcription pipeline uses: ten-minute chunks, a one-minute first chunk, and a
    // taper to one-minute chunks over the last half hour.
    static ChunkPlanOptions forTranscription()
    {
        ChunkPlanOptions options;
        options.firstChunkMs = 60000;
        options.taperShare = 1.0 / 3.0;
        return options;
    }
};

// Plans the chunks of a lecture: about targetMs long (the first and the last ones shorter when
// the options ask for it), each ending at the quietest moment near its target (the centre of a
// pause when there is one), the next starting overlapMs earlier. The chunks cover the lecture
// from 0 to its end with no gap; a short tail is folded into the last chunk instead of becoming
// a chunk of its own.
class ChunkPlanner
{
public:
    ChunkPlanner();
    explicit ChunkPlanner(const ChunkPlanOptions &options);

    QList<AudioChunk> plan(const EnergyEnvelope &envelope) const;
    QList<AudioChunk> plan(PcmView pcm) const;

    // The options in effect: inconsistent ones (an overlap longer than half a chunk, say) are
    // brought into range, since a plan must always come out.
    const ChunkPlanOptions &options() const { return m_options; }

private:
    ChunkPlanOptions m_options;
};

} // namespace lectern
