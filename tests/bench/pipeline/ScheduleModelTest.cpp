#include "ScheduleModel.h"

#include <gtest/gtest.h>

using namespace lectern::bench;
using namespace lectern::bench::schedule;

namespace {

// Round numbers: 1 MB/s (8 Mbit/s), 100 ms round trips, Groq at 100x real time.
NetworkShape roundShape()
{
    NetworkShape shape;
    shape.uplinkMbit = 8;
    shape.roundTripMs = 100;
    shape.groqSpeed = 100;
    return shape;
}

} // namespace

TEST(ScheduleModel, OnePieceCostsHandshakesUploadProcessingAndTheAnswer)
{
    // 0.2 s of handshakes, 1 s of upload, 1 s at Groq, 0.1 s for the answer.
    EXPECT_NEAR(seconds({{1'000'000, 100}}, roundShape(), 4, Uplink::Shared), 2.3, 1e-9);
}

TEST(ScheduleModel, SharedUploadsArriveTogetherWhileOneAtATimeTheFirstArrivesEarly)
{
    const QList<Piece> pieces{{1'000'000, 200}, {1'000'000, 10}};
    // Sharing: both are in at 0.2 + 2 s; the first then needs 2 s at Groq and 0.1 s for its answer.
    EXPECT_NEAR(seconds(pieces, roundShape(), 2, Uplink::Shared), 4.3, 1e-9);
    // One at a time: the first is in at 1.2 s and answered at 3.3 s; the second is in at 2.2 s
    // and answered at 2.4 s.
    EXPECT_NEAR(seconds(pieces, roundShape(), 2, Uplink::OneAtATime), 3.3, 1e-9);
}

TEST(ScheduleModel, ARequestWaitsForAPlaceAndReusesTheConnection)
{
    const QList<Piece> pieces{{1'000'000, 100}, {1'000'000, 100}};
    // One at a time in every sense: 2.3 s for the first, then 2.1 s for the second, no handshake.
    EXPECT_NEAR(seconds(pieces, roundShape(), 1, Uplink::Shared), 4.4, 1e-9);
}

TEST(ScheduleModel, NothingToSendTakesNoTime)
{
    EXPECT_EQ(seconds({}, roundShape(), 4, Uplink::OneAtATime), 0.0);
}
