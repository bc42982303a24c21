#include "audio/EnergyEnvelope.h"

#include <gtest/gtest.h>

using namespace lectern;

namespace {

TEST(EnergyEnvelope, MeasuresEachTenMillisecondFrame)
{
    PcmSamples pcm(3 * 160, 0);
    for (size_t i = 160; i < 320; ++i)
        pcm[i] = (i % 2) ? 32767 : -32768; // full-scale square wave in the second frame
    const EnergyEnvelope envelope = EnergyEnvelope::fromPcm(pcm);
    ASSERT_EQ(envelope.frameCount(), 3);
    EXPECT_EQ(envelope.durationMs(), 30);
    EXPECT_FLOAT_EQ(envelope.energy(0), 0.0f);
    EXPECT_NEAR(envelope.energy(1), 1.0f, 1e-4);
    EXPECT_FLOAT_EQ(envelope.energy(2), 0.0f);
}

TEST(EnergyEnvelope, StreamingInOddBlocksMatchesOneBlock)
{
    PcmSamples pcm(16000 + 55);
    for (size_t i = 0; i < pcm.size(); ++i)
        pcm[i] = qint16((i * 7919) % 20000 - 10000);
    const EnergyEnvelope whole = EnergyEnvelope::fromPcm(pcm);
    EnergyEnvelope streamed;
    for (size_t offset = 0; offset < pcm.size(); offset += 97)
        streamed.append(PcmView(pcm).subspan(offset, std::min<size_t>(97, pcm.size() - offset)));

    ASSERT_EQ(streamed.frameCount(), whole.frameCount());
    EXPECT_EQ(streamed.frameCount(), 101) << "100 whole frames and a partial one";
    EXPECT_EQ(streamed.sampleCount(), whole.sampleCount());
    for (qsizetype i = 0; i < whole.frameCount(); ++i)
        EXPECT_FLOAT_EQ(streamed.energy(i), whole.energy(i)) << "frame " << i;
}

} // namespace
