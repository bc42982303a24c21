#include "pipeline/TranscriptStitcher.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace lectern {

namespace {

// How far outside the overlap a word may have been placed and still be compared: segment times
// are Whisper's estimates, and a word's time inside a segment is estimated again below.
constexpr qint64 kAlignmentMarginMs = 2000;

struct Word
{
    int segment = 0;
    QString text;
    QString normalised;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 middleMs() const { return (startMs + endMs) / 2; }
};

// Segments carry no word times (asking Groq for them makes it slower), so a word's time is its
// share of the segment by characters, which follows speaking time closely enough to choose
// which words to compare.
std::vector<Word> wordsOf(const QList<TimedText> &segments)
{
    std::vector<Word> words;
    for (int s = 0; s < segments.size(); ++s) {
        const TimedText &segment = segments[s];
        const QStringList parts = segment.text.split(u' ', Qt::SkipEmptyParts);
        qsizetype total = 0;
        for (const QString &part : parts)
            total += part.size() + 1;
        qsizetype before = 0;
        const double span = double(segment.endMs - segment.startMs);
        for (const QString &part : parts) {
            Word word;
            word.segment = s;
            word.text = part;
            word.normalised = TranscriptStitcher::normalisedWord(part);
            word.startMs = segment.startMs + qint64(span * double(before) / double(std::max<qsizetype>(total, 1)));
            before += part.size() + 1;
            word.endMs = segment.startMs + qint64(span * double(before - 1) / double(std::max<qsizetype>(total, 1)));
            words.push_back(std::move(word));
        }
    }
    return words;
}

// Index pairs (i in a, j in b) of a longest common subsequence of the normalised words of a[aFrom..]
// and b[..bTo]. Traced back from the ends, preferring late words of `a`: `b` starts inside the
// overlap, so its first words are the last ones of `a` (a "the" that `b` heard once at its very
// start is the second of a "the the" in `a`, not the first).
std::vector<std::pair<int, int>> alignment(const std::vector<Word> &a, int aFrom, const std::vector<Word> &b, int bTo)
{
    const int n = int(a.size()) - aFrom;
    const int m = bTo;
    if (n <= 0 || m <= 0)
        return {};
    const auto same = [&](int i, int j) {
        const Word &x = a[size_t(aFrom + i)];
        return !x.normalised.isEmpty() && x.normalised == b[size_t(j)].normalised;
    };
    // length[i][j]: the LCS of the first i words of a[aFrom..] and the first j of b.
    std::vector<std::vector<int>> length(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            length[size_t(i)][size_t(j)] = same(i - 1, j - 1)
                ? length[size_t(i - 1)][size_t(j - 1)] + 1
                : std::max(length[size_t(i - 1)][size_t(j)], length[size_t(i)][size_t(j - 1)]);
        }
    }
    std::vector<std::pair<int, int>> pairs;
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
        if (same(i - 1, j - 1) && length[size_t(i)][size_t(j)] == length[size_t(i - 1)][size_t(j - 1)] + 1) {
            pairs.emplace_back(aFrom + i - 1, j - 1);
            --i;
            --j;
        } else if (length[size_t(i)][size_t(j - 1)] >= length[size_t(i - 1)][size_t(j)]) {
            --j;
        } else {
            --i;
        }
    }
    std::reverse(pairs.begin(), pairs.end());
    return pairs;
}

struct Kept
{
    QList<TimedText> segments;
    bool cutInsideSegment = false; // the seam split a segment of this side
};

// The segments of `side` made of the words [from, to), cut segments re-timed from their words.
Kept keepWords(const QList<TimedText> &side, const std::vector<Word> &words, int from, int to)
{
    Kept kept;
    int w = from;
    while (w < to) {
        const int segment = words[size_t(w)].segment;
        QStringList text;
        const qint64 startMs = words[size_t(w)].startMs;
        qint64 endMs = startMs;
        int count = 0;
        while (w < to && words[size_t(w)].segment == segment) {
            text.append(words[size_t(w)].text);
            endMs = words[size_t(w)].endMs;
            ++w;
            ++count;
        }
        const TimedText &original = side[segment];
        const int wordsInSegment = int(original.text.split(u' ', Qt::SkipEmptyParts).size());
        if (count == wordsInSegment) {
            kept.segments.append(original);
        } else {
            // Only the end that was cut is estimated; the other keeps Whisper's time.
            const bool keepsFirst = w - count == 0 || words[size_t(w - count - 1)].segment != segment;
            const bool keepsLast = w == int(words.size()) || words[size_t(w)].segment != segment;
            kept.segments.append({keepsFirst ? original.startMs : startMs, keepsLast ? original.endMs : endMs,
                                  text.join(u' ')});
            kept.cutInsideSegment = true;
        }
    }
    return kept;
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?…][\"'”»)]*$"));
    return end.match(text).hasMatch();
}

} // namespace

QString TranscriptStitcher::normalisedWord(const QString &word)
{
    QString normalised;
    normalised.reserve(word.size());
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            normalised.append(c.toLower());
    }
    return normalised;
}

QList<TimedText> TranscriptStitcher::join(const QList<TimedText> &before, const QList<TimedText> &after,
                                          qint64 overlapStartMs, qint64 overlapEndMs)
{
    const std::vector<Word> a = wordsOf(before);
    const std::vector<Word> b = wordsOf(after);
    if (a.empty())
        return keepWords(after, b, 0, int(b.size())).segments;
    if (b.empty())
        return keepWords(before, a, 0, int(a.size())).segments;

    // Only words near the overlap are compared: the same word said again minutes apart is not
    // the same utterance.
    int aFrom = int(a.size());
    while (aFrom > 0 && a[size_t(aFrom - 1)].endMs > overlapStartMs - kAlignmentMarginMs)
        --aFrom;
    int bTo = 0;
    while (bTo < int(b.size()) && b[size_t(bTo)].startMs < overlapEndMs + kAlignmentMarginMs)
        ++bTo;

    int keepBefore = 0; // words of `before` kept: [0, keepBefore)
    int keepAfterFrom = 0; // words of `after` kept: [keepAfterFrom, end)
    const auto pairs = alignment(a, aFrom, b, bTo);
    if (!pairs.empty()) {
        const auto [i, j] = pairs[pairs.size() / 2];
        keepBefore = i + 1;
        keepAfterFrom = j + 1;
    } else {
        const qint64 seam = (overlapStartMs + overlapEndMs) / 2;
        while (keepBefore < int(a.size()) && a[size_t(keepBefore)].middleMs() < seam)
            ++keepBefore;
        while (keepAfterFrom < int(b.size()) && b[size_t(keepAfterFrom)].middleMs() < seam)
            ++keepAfterFrom;
    }

    Kept head = keepWords(before, a, 0, keepBefore);
    Kept tail = keepWords(after, b, keepAfterFrom, int(b.size()));
    QList<TimedText> joined = std::move(head.segments);
    if (!joined.isEmpty() && !tail.segments.isEmpty() && head.cutInsideSegment && tail.cutInsideSegment
        && !endsSentence(joined.last().text)) {
        // One sentence was split between the two pieces: give it back its one segment.
        TimedText &sentence = joined.last();
        const TimedText &rest = tail.segments.first();
        sentence.text += u' ' + rest.text;
        sentence.endMs = std::max(sentence.endMs, rest.endMs);
        tail.segments.removeFirst();
    }
    joined.append(tail.segments);
    return joined;
}

QList<TimedText> TranscriptStitcher::stitch(const QList<TranscriptPiece> &pieces)
{
    QList<TimedText> transcript;
    qint64 previousEndMs = 0;
    bool first = true;
    for (const TranscriptPiece &piece : pieces) {
        // A piece where nothing was said has no seam: the next one joins the last that had words.
        if (piece.segments.isEmpty())
            continue;
        if (first) {
            transcript = piece.segments;
            first = false;
        } else {
            transcript = join(transcript, piece.segments, piece.startMs, std::max(previousEndMs, piece.startMs));
        }
        previousEndMs = piece.endMs;
    }
    // Keep the timeline monotonic: estimated times at a seam may disagree by a few milliseconds.
    for (qsizetype i = 1; i < transcript.size(); ++i) {
        TimedText &s = transcript[i];
        s.startMs = std::max(s.startMs, transcript[i - 1].startMs);
        s.endMs = std::max(s.endMs, s.startMs);
    }
    return transcript;
}

} // namespace lectern
