#include "audio/ChunkPlanner.h"

#include "audio/AudioLog.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace lectern {

namespace {

constexpr qint64 kFrameMs = EnergyEnvelope::kFrameMs;

ChunkPlanOptions normalised(ChunkPlanOptions o)
{
    const ChunkPlanOptions requested = o;
    o.minChunkMs = std::max<qint64>(0, o.minChunkMs);
    o.overlapMs = std::max<qint64>(0, o.overlapMs);
    o.searchWindowMs = std::max<qint64>(0, o.searchWindowMs);
    o.quietWindowMs = std::max<qint64>(kFrameMs, o.quietWindowMs);
    // Every chunk must advance the plan by more than the overlap and respect the minimum.
    o.targetMs = std::max({o.targetMs, o.minChunkMs + o.overlapMs + kFrameMs, 2 * o.overlapMs + kFrameMs,
                           qint64(1000)});
    o.searchWindowMs = std::min(o.searchWindowMs, o.targetMs / 2);
    o.firstChunkMs = std::max<qint64>(0, o.firstChunkMs);
    o.taperShare = std::clamp(o.taperShare, 0.0, 1.0);
    o.taperMinMs = std::max<qint64>(0, o.taperMinMs);
    if (o.targetMs != requested.targetMs || o.searchWindowMs != requested.searchWindowMs
        || o.quietWindowMs != requested.quietWindowMs || o.overlapMs != requested.overlapMs
        || o.minChunkMs != requested.minChunkMs || o.firstChunkMs != requested.firstChunkMs
        || o.taperShare != requested.taperShare || o.taperMinMs != requested.taperMinMs) {
        qCWarning(lcAudio) << "chunk options adjusted: target" << o.targetMs << "ms, overlap" << o.overlapMs
                           << "ms, window" << o.searchWindowMs << "ms";
    }
    return o;
}

// Mean energy of the quietWindow around each frame boundary, via prefix sums.
class Quietness
{
public:
    Quietness(const EnergyEnvelope &envelope, qint64 windowMs)
        : m_halfWindow(std::max<qsizetype>(1, qsizetype(windowMs / kFrameMs / 2)))
    {
        const qsizetype frames = envelope.frameCount();
        m_prefix.resize(size_t(frames) + 1, 0.0);
        for (qsizetype i = 0; i < frames; ++i)
            m_prefix[size_t(i) + 1] = m_prefix[size_t(i)] + double(envelope.energy(i));
    }

    // Loudness around the boundary before frame `boundary` (time boundary * 10 ms).
    double at(qsizetype boundary) const
    {
        const qsizetype frames = qsizetype(m_prefix.size()) - 1;
        const qsizetype from = std::clamp<qsizetype>(boundary - m_halfWindow, 0, frames);
        const qsizetype to = std::clamp<qsizetype>(boundary + m_halfWindow, 0, frames);
        return to > from ? (m_prefix[size_t(to)] - m_prefix[size_t(from)]) / double(to - from) : 0.0;
    }

private:
    qsizetype m_halfWindow;
    std::vector<double> m_prefix;
};

// The cut between loMs and hiMs: the centre of the quietest stretch, the one nearest the target
// when several are about as quiet.
qint64 quietestCut(const Quietness &quietness, qint64 loMs, qint64 hiMs, qint64 targetMs)
{
    const qsizetype first = qsizetype((loMs + kFrameMs - 1) / kFrameMs);
    const qsizetype last = qsizetype(hiMs / kFrameMs);
    if (last < first)
        return std::clamp(targetMs, loMs, hiMs);

    std::vector<double> level(size_t(last - first + 1));
    double quietest = std::numeric_limits<double>::max();
    for (qsizetype b = first; b <= last; ++b) {
        level[size_t(b - first)] = quietness.at(b);
        quietest = std::min(quietest, level[size_t(b - first)]);
    }
    // "About as quiet": within 3 dB of the quietest, plus a floor for digital silence.
    const double threshold = quietest * 2.0 + 1e-10;

    qint64 best = std::clamp(targetMs, loMs, hiMs);
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    qsizetype runStart = -1;
    for (qsizetype b = first; b <= last + 1; ++b) {
        const bool quiet = b <= last && level[size_t(b - first)] <= threshold;
        if (quiet && runStart < 0)
            runStart = b;
        if (!quiet && runStart >= 0) {
            const qint64 centre = (runStart + (b - 1)) / 2 * kFrameMs;
            const qint64 distance = std::abs(centre - targetMs);
            if (distance < bestDistance) {
                best = centre;
                bestDistance = distance;
            }
            runStart = -1;
        }
    }
    return std::clamp(best, loMs, hiMs);
}

// How long the chunk starting with `leftMs` of the lecture still to come should be.
qint64 chunkLength(const ChunkPlanOptions &o, int index, qint64 leftMs)
{
    qint64 length = o.targetMs;
    if (index == 0 && o.firstChunkMs > 0)
        length = std::min(length, o.firstChunkMs);
    if (o.taperShare > 0)
        length = std::min(length, std::max(o.taperMinMs, qint64(o.taperShare * double(leftMs))));
    // Every chunk must advance the plan by more than the overlap and respect the minimum.
    return std::max(length, o.minChunkMs + o.overlapMs + kFrameMs);
}

} // namespace

ChunkPlanner::ChunkPlanner() : ChunkPlanner(ChunkPlanOptions{}) {}

ChunkPlanner::ChunkPlanner(const ChunkPlanOptions &options) : m_options(normalised(options)) {}

QList<AudioChunk> ChunkPlanner::plan(PcmView pcm) const
{
    return plan(EnergyEnvelope::fromPcm(pcm));
}

QList<AudioChunk> ChunkPlanner::plan(const EnergyEnvelope &envelope) const
{
    QList<AudioChunk> chunks;
    const qint64 totalMs = envelope.durationMs();
    if (totalMs <= 0)
        return chunks;

    const ChunkPlanOptions &o = m_options;
    const Quietness quietness(envelope, o.quietWindowMs);
    qint64 startMs = 0;
    for (;;) {
        const int index = int(chunks.size());
        const qint64 lengthMs = chunkLength(o, index, totalMs - startMs);
        // A shortened chunk looks for its pause in a window in proportion.
        const qint64 windowMs = lengthMs == o.targetMs ? o.searchWindowMs : std::min(o.searchWindowMs, lengthMs / 4);
        // The end of the lecture is the best cut there is: take it when it is within reach.
        if (totalMs - startMs <= lengthMs + windowMs) {
            chunks.append({index, startMs, totalMs});
            break;
        }
        const qint64 targetMs = startMs + lengthMs;
        const qint64 loMs = std::max(targetMs - windowMs, startMs + o.minChunkMs);
        // The next chunk starts at cut - overlap and must still last minChunkMs.
        const qint64 hiMs = std::min(targetMs + windowMs, totalMs - o.minChunkMs + o.overlapMs);
        if (hiMs < loMs) {
            chunks.append({index, startMs, totalMs});
            break;
        }
        const qint64 cutMs = quietestCut(quietness, loMs, hiMs, targetMs);
        chunks.append({index, startMs, cutMs});
        startMs = cutMs - o.overlapMs;
    }
    return chunks;
}

} // namespace lectern
