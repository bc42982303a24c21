#include "pipeline/PieceLedger.h"

#include <gtest/gtest.h>

using namespace lectern;
using Span = PieceLedger::Span;

namespace {

TranscriptPiece heardPiece(Span span, const QString &text)
{
    return TranscriptPiece{span.first, span.second, {TimedText{span.first, span.second, text}}};
}

} // namespace

TEST(PieceLedger, EveryChunkIsSentUntilItsAnswerIsIn)
{
    PieceLedger ledger;
    ledger.reset({});
    EXPECT_EQ(ledger.addChunk({0, 0, 60000}), QList<Span>{Span(0, 60000)});
    EXPECT_EQ(ledger.addChunk({1, 55000, 120000}), QList<Span>{Span(55000, 120000)});
    EXPECT_FALSE(ledger.isSettled());
    ledger.markDone(heardPiece({55000, 120000}, QStringLiteral("second")));
    EXPECT_EQ(ledger.chunksDone(), 1);
    EXPECT_EQ(ledger.audioMsDone(), 65000);
    ledger.markDone(heardPiece({0, 60000}, QStringLiteral("first")));
    EXPECT_TRUE(ledger.isSettled());
    EXPECT_EQ(ledger.chunksDone(), 2);
    // The overlap counts once.
    EXPECT_EQ(ledger.audioMsDone(), 120000);
    const QList<TranscriptPiece> pieces = ledger.donePieces();
    ASSERT_EQ(pieces.size(), 2);
    EXPECT_EQ(pieces[0].segments.first().text, QStringLiteral("first"));
    EXPECT_EQ(pieces[1].segments.first().text, QStringLiteral("second"));
}

TEST(PieceLedger, WhatAnEarlierRunFinishedIsNotSentAgain)
{
    PieceLedger ledger;
    ledger.reset({{Span(0, 60000), heardPiece({0, 60000}, QStringLiteral("kept")).toJson()}});
    EXPECT_TRUE(ledger.addChunk({0, 0, 60000}).isEmpty());
    EXPECT_EQ(ledger.addChunk({1, 55000, 120000}), QList<Span>{Span(55000, 120000)});
    EXPECT_EQ(ledger.keptCount(), 1);
    EXPECT_EQ(ledger.chunksDone(), 1);
}

TEST(PieceLedger, ATooLargePieceIsReplacedByOverlappingHalvesInItsPlace)
{
    PieceLedger ledger;
    ledger.reset({});
    ledger.addChunk({0, 0, 100000});
    ledger.addChunk({1, 95000, 150000});
    const QList<Span> halves = ledger.split({0, 100000});
    EXPECT_EQ(halves, (QList<Span>{Span(0, 52500), Span(47500, 100000)}));
    for (const Span &half : halves)
        ledger.markDone(heardPiece(half, QString::number(half.first)));
    ledger.markDone(heardPiece({95000, 150000}, QStringLiteral("last")));
    const QList<TranscriptPiece> pieces = ledger.donePieces();
    ASSERT_EQ(pieces.size(), 3);
    EXPECT_EQ(pieces[0].startMs, 0);
    EXPECT_EQ(pieces[1].startMs, 47500);
    EXPECT_EQ(pieces[2].startMs, 95000);
    EXPECT_EQ(ledger.chunksDone(), 2);
}

TEST(PieceLedger, AChunkAnEarlierRunHadToSplitIsTakenAsItsHalves)
{
    PieceLedger ledger;
    // The earlier run finished the first half only.
    ledger.reset({{Span(0, 52500), heardPiece({0, 52500}, QStringLiteral("half")).toJson()}});
    EXPECT_EQ(ledger.addChunk({0, 0, 100000}), QList<Span>{Span(47500, 100000)});
    EXPECT_EQ(ledger.keptCount(), 1);
}

TEST(PieceLedger, ARefusedPieceSettlesTheLedgerWithoutCountingAsDone)
{
    PieceLedger ledger;
    ledger.reset({});
    ledger.addChunk({0, 0, 60000});
    ledger.addChunk({1, 55000, 120000});
    ledger.markDone(heardPiece({0, 60000}, QStringLiteral("first")));
    ledger.markRefused({55000, 120000});
    EXPECT_TRUE(ledger.isSettled());
    EXPECT_EQ(ledger.chunksDone(), 1);
    EXPECT_EQ(ledger.donePieces().size(), 1);
}
