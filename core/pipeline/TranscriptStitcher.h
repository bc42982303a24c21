#pragma once

#include "pipeline/TranscriptPiece.h"

#include <QList>

namespace lectern {

// Joins the transcripts of overlapping pieces of a lecture into one, so every word spoken in an
// overlap appears exactly once and none goes missing.
//
// Timestamps alone cannot do it: Whisper's segment times are approximate and a word cut by a piece's
// edge is heard differently (or not at all) by the two pieces. So, as Groq's cookbook does, the words
// of the two transcripts near the overlap are aligned (longest common subsequence of their
// normalised forms: lower case, no punctuation) and the seam goes through the middle of the aligned
// run, where both pieces heard the speech whole. A repeated word ("the the") at the seam survives,
// because alignment pairs occurrences in order. Only when the two sides share no word near the
// overlap does the seam fall back to the overlap's midpoint in time. A sentence cut by the seam is
// joined back into one segment.
class TranscriptStitcher
{
public:
    // `pieces` in order of time, each starting before the previous one ends.
    static QList<TimedText> stitch(const QList<TranscriptPiece> &pieces);

    // Joins `after` onto `before`; the overlap of the two pieces is [overlapStartMs, overlapEndMs).
    static QList<TimedText> join(const QList<TimedText> &before, const QList<TimedText> &after,
                                 qint64 overlapStartMs, qint64 overlapEndMs);

    // "The," -> "the": what two hearings of one word have in common.
    static QString normalisedWord(const QString &word);
};

} // namespace lectern
