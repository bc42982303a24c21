#include "pipeline/PieceLedger.h"

#include <algorithm>

namespace lectern {

void PieceLedger::reset(QMap<Span, QByteArray> kept)
{
    m_kept = std::move(kept);
    m_chunks.clear();
    m_pieces.clear();
    m_done.clear();
    m_refused.clear();
    m_keptCount = 0;
}

QList<PieceLedger::Span> PieceLedger::addChunk(const AudioChunk &chunk)
{
    m_chunks.append(chunk);
    QList<Span> toSend;
    for (const Span &piece : resolve({chunk.startMs, chunk.endMs}, 0)) {
        m_pieces.append(piece);
        TranscriptPiece kept;
        if (m_kept.contains(piece) && TranscriptPiece::fromJson(m_kept.value(piece), kept)) {
            m_done.insert(piece, kept);
            ++m_keptCount;
        } else {
            toSend.append(piece);
        }
    }
    return toSend;
}

// The pieces a span is transcribed as: itself, or, when an earlier run had to split it, its
// halves.
QList<PieceLedger::Span> PieceLedger::resolve(const Span &span, int depth) const
{
    if (m_kept.contains(span) || depth >= kMaxSplitDepth)
        return {span};
    const QList<Span> parts = halves(span);
    const bool splitBefore = std::any_of(m_kept.keyBegin(), m_kept.keyEnd(), [&](const Span &s) {
        return s != span && s.first >= span.first && s.second <= span.second;
    });
    if (!splitBefore || parts.size() != 2)
        return {span};
    return resolve(parts[0], depth + 1) + resolve(parts[1], depth + 1);
}

QList<PieceLedger::Span> PieceLedger::split(const Span &piece)
{
    const QList<Span> parts = halves(piece);
    if (const qsizetype at = m_pieces.indexOf(piece); at >= 0) {
        m_pieces.remove(at);
        m_pieces.insert(at, parts[1]);
        m_pieces.insert(at, parts[0]);
    }
    return parts;
}

QList<PieceLedger::Span> PieceLedger::halves(const Span &span, qint64 overlapMs)
{
    const qint64 middle = (span.first + span.second) / 2;
    return {Span{span.first, middle + overlapMs / 2}, Span{middle - overlapMs / 2, span.second}};
}

void PieceLedger::markDone(const TranscriptPiece &piece)
{
    m_done.insert({piece.startMs, piece.endMs}, piece);
}

void PieceLedger::markRefused(const Span &piece)
{
    if (!m_refused.contains(piece))
        m_refused.append(piece);
}

bool PieceLedger::isSettled() const
{
    return std::all_of(m_pieces.cbegin(), m_pieces.cend(),
                       [this](const Span &s) { return m_done.contains(s) || m_refused.contains(s); });
}

QList<TranscriptPiece> PieceLedger::donePieces() const
{
    QList<TranscriptPiece> pieces;
    for (const Span &piece : m_pieces) {
        if (m_done.contains(piece))
            pieces.append(m_done.value(piece));
    }
    return pieces;
}

int PieceLedger::chunksDone() const
{
    int done = 0;
    for (const AudioChunk &chunk : m_chunks) {
        bool whole = true;
        bool any = false;
        for (const Span &piece : m_pieces) {
            if (piece.first >= chunk.startMs && piece.second <= chunk.endMs) {
                any = true;
                whole = whole && m_done.contains(piece);
            }
        }
        done += (any && whole) ? 1 : 0;
    }
    return done;
}

qint64 PieceLedger::audioMsDone() const
{
    qint64 covered = 0;
    qint64 reached = 0;
    for (auto it = m_done.keyBegin(); it != m_done.keyEnd(); ++it) {
        const qint64 from = std::max(it->first, reached);
        if (it->second > from) {
            covered += it->second - from;
            reached = it->second;
        }
    }
    return covered;
}

} // namespace lectern
