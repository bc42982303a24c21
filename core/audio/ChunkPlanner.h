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
};

// Plans the chunks of a lecture: about targetMs long, each ending at the quietest moment near
// its target (the centre of a pause when there is one), the next starting overlapMs earlier.
// The chunks cover the lecture from 0 to its end with no gap; a short tail is folded into the
// last chunk instead of becoming a chunk of its own.
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
