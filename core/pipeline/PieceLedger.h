#pragma once

#include "audio/ChunkPlanner.h"
#include "pipeline/TranscriptPiece.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>

namespace lectern {

// The pieces a lecture's transcript is stitched from, and where each one stands: finished (by
// this run, or kept from an interrupted one), refused, or still to come. TranscriptionJob's
// bookkeeping, apart from its threads and network.
//
// A piece is a span of the lecture's timeline that is uploaded as one file. Every chunk of the
// plan starts as one piece; a piece Groq refuses as too large is replaced by its two overlapping
// halves, and a chunk that an earlier run had to split is taken as the halves it left, so a
// resume does not send the whole chunk only to be refused again.
class PieceLedger
{
public:
    using Span = QPair<qint64, qint64>;

    // A split piece's halves overlap by this much, so the word at the cut is heard whole by one.
    static constexpr qint64 kSplitOverlapMs = 5000;
    // How many times a piece may be halved again when even its halves are too large.
    static constexpr int kMaxSplitDepth = 4;

    // Forgets everything; `kept` is what an earlier run of the same plan finished (each piece's
    // TranscriptPiece::toJson(), by span).
    void reset(QMap<Span, QByteArray> kept);

    // Adds a chunk of the plan (in order) and returns its pieces that still have to be sent.
    QList<Span> addChunk(const AudioChunk &chunk);
    // Replaces `piece` by its halves, which are returned (to be sent).
    QList<Span> split(const Span &piece);

    void markDone(const TranscriptPiece &piece);
    void markRefused(const Span &piece);

    // Every piece is done or refused.
    bool isSettled() const;
    int keptCount() const { return m_keptCount; }
    // The finished pieces in the order of the lecture, for the stitcher.
    QList<TranscriptPiece> donePieces() const;

    // Chunks of the plan whose every piece is done.
    int chunksDone() const;
    int chunkCount() const { return int(m_chunks.size()); }
    // Audio covered by finished pieces, overlaps counted once.
    qint64 audioMsDone() const;

    static QList<Span> halves(const Span &span, qint64 overlapMs = kSplitOverlapMs);

private:
    QList<Span> resolve(const Span &span, int depth) const;

    QMap<Span, QByteArray> m_kept;
    QList<AudioChunk> m_chunks;
    QList<Span> m_pieces;                 // in the lecture's order
    QMap<Span, TranscriptPiece> m_done;
    QList<Span> m_refused;
    int m_keptCount = 0;
};

} // namespace lectern
