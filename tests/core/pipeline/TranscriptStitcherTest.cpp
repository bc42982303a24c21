#include "pipeline/TranscriptStitcher.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace lectern;

namespace {

QStringList wordsOf(const QList<TimedText> &segments)
{
    QStringList words;
    for (const TimedText &s : segments)
        words += s.text.split(u' ', Qt::SkipEmptyParts);
    return words;
}

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// One segment per word, a second each, starting at `firstSecond`.
QList<TimedText> oneWordPerSecond(int firstSecond, const char *text)
{
    QList<TimedText> segments;
    int second = firstSecond;
    for (const QString &word : split(text)) {
        segments.append({second * 1000LL, second * 1000LL + 800, word});
        ++second;
    }
    return segments;
}

} // namespace

TEST(TranscriptStitcher, WordsHeardByBothPiecesAppearOnce)
{
    // Piece A covers 0-8 s, piece B 5-12 s: both heard "f g h".
    const auto a = oneWordPerSecond(0, "a b c d e f g h");
    const auto b = oneWordPerSecond(5, "f g h i j k l");
    const auto joined = TranscriptStitcher::join(a, b, 5000, 8000);
    EXPECT_EQ(wordsOf(joined), split("a b c d e f g h i j k l"));
    for (qsizetype i = 1; i < joined.size(); ++i)
        EXPECT_LE(joined[i - 1].startMs, joined[i].startMs);
}

TEST(TranscriptStitcher, AWordEachPieceHeardDifferentlyIsKeptOnceNotLost)
{
    // The edge of B cut into "cytoplasm": B misheard it; A's "division" was cut and B heard it.
    const auto a = oneWordPerSecond(0, "the cytoplasm starts cell divi");
    const auto b = oneWordPerSecond(1, "plasm starts cell division now");
    const auto joined = TranscriptStitcher::join(a, b, 1000, 5000);
    EXPECT_EQ(wordsOf(joined), split("the cytoplasm starts cell division now"));
}

TEST(TranscriptStitcher, ASentenceCutAtTheSeamBecomesOneSegmentAgain)
{
    const QList<TimedText> a{{0, 3000, QStringLiteral("The cell divides.")},
                             {3000, 7000, QStringLiteral("Then the membrane pinches")}};
    const QList<TimedText> b{{5000, 9000, QStringLiteral("the membrane pinches off in the middle.")},
                             {9000, 12000, QStringLiteral("Two cells form.")}};
    const auto joined = TranscriptStitcher::join(a, b, 5000, 7000);
    ASSERT_EQ(joined.size(), 3);
    EXPECT_EQ(joined[0].text, QStringLiteral("The cell divides."));
    EXPECT_EQ(joined[1].text, QStringLiteral("Then the membrane pinches off in the middle."));
    EXPECT_EQ(joined[1].startMs, 3000);
    EXPECT_EQ(joined[1].endMs, 9000);
    EXPECT_EQ(joined[2].text, QStringLiteral("Two cells form."));
}

TEST(TranscriptStitcher, ARepeatedWordAtTheSeamKeepsBothRepetitions)
{
    const auto a = oneWordPerSecond(0, "we saw that the the result");
    const auto b = oneWordPerSecond(3, "the the result was clear");
    EXPECT_EQ(wordsOf(TranscriptStitcher::join(a, b, 3000, 6000)), split("we saw that the the result was clear"));

    // B starts between the two: its one "the" is A's second.
    const auto late = oneWordPerSecond(4, "the result was clear");
    EXPECT_EQ(wordsOf(TranscriptStitcher::join(a, late, 4000, 6000)), split("we saw that the the result was clear"));
}

TEST(TranscriptStitcher, PunctuationAndCaseDoNotHideAMatch)
{
    const auto a = oneWordPerSecond(0, "so, Mitosis. Begins");
    const auto b = oneWordPerSecond(1, "mitosis begins here");
    EXPECT_EQ(wordsOf(TranscriptStitcher::join(a, b, 1000, 3000)), split("so, Mitosis. Begins here"));
}

TEST(TranscriptStitcher, WithoutACommonWordTheSeamIsTheMiddleOfTheOverlap)
{
    // Both pieces heard the overlap (4-8 s) differently; each keeps its own half.
    const auto a = oneWordPerSecond(0, "a b c d e1 f1 g1 h1");
    const auto b = oneWordPerSecond(4, "e2 f2 g2 h2 i j");
    EXPECT_EQ(wordsOf(TranscriptStitcher::join(a, b, 4000, 8000)), split("a b c d e1 f1 g2 h2 i j"));
}

TEST(TranscriptStitcher, StitchesManyPiecesAndSkipsEmptyOnes)
{
    QList<TranscriptPiece> pieces;
    pieces.append({0, 6000, oneWordPerSecond(0, "w0 w1 w2 w3 w4 w5")});
    pieces.append({4000, 10000, oneWordPerSecond(4, "w4 w5 w6 w7 w8 w9")});
    pieces.append({8000, 12000, {}});
    pieces.append({10000, 14000, oneWordPerSecond(10, "w10 w11 w12 w13")});
    EXPECT_EQ(wordsOf(TranscriptStitcher::stitch(pieces)), split("w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13"));
}

TEST(TranscriptPiece, SurvivesItsStoredForm)
{
    const TranscriptPiece piece{600000, 1200000, {{600100, 601000, QStringLiteral("Zellé, \"quoted\"")}}};
    TranscriptPiece read;
    ASSERT_TRUE(TranscriptPiece::fromJson(piece.toJson(), read));
    EXPECT_EQ(read, piece);
    EXPECT_FALSE(TranscriptPiece::fromJson("not json", read));
}
