#include "audio/PcmConverter.h"

#include "AudioFixtures.h"

#include <gtest/gtest.h>

#include <QAudioBuffer>

#include <cmath>
#include <numbers>

using namespace lectern;

namespace {

QAudioFormat format(int rate, int channels, QAudioFormat::SampleFormat sampleFormat)
{
    QAudioFormat f;
    f.setSampleRate(rate);
    f.setChannelCount(channels);
    f.setSampleFormat(sampleFormat);
    return f;
}

// Interleaved float frames of a sine; channel c is multiplied by gains[c].
std::vector<float> sine(int rate, double seconds, double frequency, std::vector<float> gains)
{
    const auto frames = size_t(rate * seconds);
    std::vector<float> out(frames * gains.size());
    for (size_t f = 0; f < frames; ++f) {
        const float v = 0.5f * float(std::sin(2 * std::numbers::pi * frequency * double(f) / rate));
        for (size_t c = 0; c < gains.size(); ++c)
            out[f * gains.size() + c] = v * gains[c];
    }
    return out;
}

TEST(PcmConverter, ResamplesStereoFloatAt44kTo16kMono)
{
    const std::vector<float> in = sine(44100, 3.0, 1000, {1.0f, 1.0f});
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(in.data(), qsizetype(in.size() / 2), format(44100, 2, QAudioFormat::Float), out));
    converter.finish(out);
    EXPECT_NEAR(double(out.size()), 3.0 * 16000, 2.0);
    EXPECT_NEAR(double(test::zeroCrossings(out)), 6000.0, 60.0);
    EXPECT_NEAR(test::rms(out), 0.354, 0.01);
    EXPECT_EQ(converter.inputDurationUs(), 3'000'000);
}

TEST(PcmConverter, AveragesChannels)
{
    const std::vector<float> opposed = sine(48000, 1.0, 440, {1.0f, -1.0f});
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(opposed.data(), 48000, format(48000, 2, QAudioFormat::Float), out));
    converter.finish(out);
    EXPECT_LT(test::rms(out), 0.001);
}

TEST(PcmConverter, PassesTheWorkingFormatThroughUnchanged)
{
    const std::vector<qint16> in{0, 1, -1, 32767, -32768, 1234};
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(in.data(), qsizetype(in.size()), format(16000, 1, QAudioFormat::Int16), out));
    converter.finish(out);
    EXPECT_EQ(out, PcmSamples(in.begin(), in.end()));
}

TEST(PcmConverter, ScalesEveryIntegerSampleFormat)
{
    // Full-scale positive and negative values of each format, at 16 kHz so only scaling applies.
    const std::vector<quint8> u8{255, 0, 128};
    const std::vector<qint32> s32{2147483647, -2147483647 - 1, 0};
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(u8.data(), 3, format(16000, 1, QAudioFormat::UInt8), out));
    ASSERT_TRUE(converter.push(s32.data(), 3, format(16000, 1, QAudioFormat::Int32), out));
    converter.finish(out);
    ASSERT_EQ(out.size(), 6u);
    EXPECT_NEAR(out[0], 32512, 1); // 127/128 of full scale
    EXPECT_EQ(out[1], -32768);
    EXPECT_EQ(out[2], 0);
    EXPECT_EQ(out[3], 32767);
    EXPECT_EQ(out[4], -32768);
    EXPECT_EQ(out[5], 0);
}

TEST(PcmConverter, SmallBlocksGiveTheSameAudioAsOneBlock)
{
    const std::vector<float> in = sine(22050, 2.0, 300, {1.0f});
    const QAudioFormat f = format(22050, 1, QAudioFormat::Float);

    PcmConverter whole;
    PcmSamples once;
    ASSERT_TRUE(whole.push(in.data(), qsizetype(in.size()), f, once));
    whole.finish(once);

    PcmConverter streamed;
    PcmSamples blocks;
    for (size_t offset = 0; offset < in.size(); offset += 333) {
        const auto count = qsizetype(std::min<size_t>(333, in.size() - offset));
        ASSERT_TRUE(streamed.push(in.data() + offset, count, f, blocks));
    }
    streamed.finish(blocks);

    ASSERT_EQ(blocks.size(), once.size());
    for (size_t i = 0; i < once.size(); ++i)
        ASSERT_NEAR(blocks[i], once[i], 2) << "sample " << i; // dither may differ by a bit
}

TEST(PcmConverter, FollowsARateChangeMidStream)
{
    const std::vector<float> first = sine(44100, 1.0, 500, {1.0f});
    const std::vector<float> second = sine(8000, 1.0, 500, {1.0f});
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(first.data(), 44100, format(44100, 1, QAudioFormat::Float), out));
    ASSERT_TRUE(converter.push(second.data(), 8000, format(8000, 1, QAudioFormat::Float), out));
    converter.finish(out);
    EXPECT_NEAR(double(out.size()), 32000.0, 4.0);
    EXPECT_NEAR(double(test::zeroCrossings(out)), 2000.0, 20.0);
}

TEST(PcmConverter, InsertsSilenceForGaps)
{
    const std::vector<float> tone = sine(48000, 0.5, 500, {1.0f});
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(tone.data(), 24000, format(48000, 1, QAudioFormat::Float), out));
    converter.pushSilence(250'000, out);
    converter.finish(out);
    EXPECT_NEAR(double(out.size()), 0.75 * 16000, 2.0);
    EXPECT_EQ(converter.inputDurationUs(), 750'000);
    // The last 200 ms (well inside the gap, past the filter's ring-out) are silent.
    EXPECT_LT(test::rms(PcmView(out).last(3200)), 0.001);
}

TEST(PcmConverter, RejectsAnUnknownFormat)
{
    const std::vector<float> in(100, 0.0f);
    PcmConverter converter;
    PcmSamples out;
    EXPECT_FALSE(converter.push(in.data(), 100, QAudioFormat(), out));
    EXPECT_FALSE(converter.errorString().isEmpty());
}

TEST(PcmConverter, AcceptsAQAudioBuffer)
{
    const std::vector<float> in = sine(32000, 1.0, 250, {1.0f, 1.0f});
    const QByteArray bytes(reinterpret_cast<const char *>(in.data()), qsizetype(in.size() * sizeof(float)));
    const QAudioBuffer buffer(bytes, format(32000, 2, QAudioFormat::Float));
    PcmConverter converter;
    PcmSamples out;
    ASSERT_TRUE(converter.push(buffer, out));
    converter.finish(out);
    EXPECT_NEAR(double(out.size()), 16000.0, 2.0);
}

} // namespace
