#include "audio/ChunkEncoder.h"

#include "AudioFixtures.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace lectern;

namespace {

// 30 s whose loudness says where it came from: second n has amplitude 1000 * (n + 1).
PcmSamples steppedTone()
{
    PcmSamples pcm(size_t(30 * kPcmSampleRate) + 7); // a few samples past the last millisecond
    for (size_t i = 0; i < pcm.size(); ++i) {
        const int amplitude = 1000 * int(i / kPcmSampleRate + 1);
        pcm[i] = qint16((i / 8) % 2 ? amplitude : -amplitude);
    }
    return pcm;
}

Result<DecodedAudio> decodeBytes(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("chunk.opus"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Error{QStringLiteral("test.write"), file.errorString()};
    file.close();
    return AudioDecoder::decodeFile(path);
}

TEST(ChunkEncoder, EncodesExactlyTheChunksWindow)
{
    QTemporaryDir dir;
    const PcmSamples pcm = steppedTone();
    const Result<QByteArray> bytes = ChunkEncoder::encode(pcm, AudioChunk{1, 10'000, 20'000});
    ASSERT_TRUE(bytes) << bytes.error().message.toStdString();

    const Result<DecodedAudio> chunk = decodeBytes(dir, *bytes);
    ASSERT_TRUE(chunk) << chunk.error().message.toStdString();
    EXPECT_NEAR(double(chunk->durationMs()), 10'000.0, 50.0);
    // It starts with second 10 (amplitude 11000) and ends with second 19 (amplitude 20000).
    const PcmView audio(chunk->pcm);
    EXPECT_NEAR(test::rms(audio.subspan(4000, 8000)), 11000.0 / 32768, 0.1 * 11000.0 / 32768);
    EXPECT_NEAR(test::rms(audio.last(12000).first(8000)), 20000.0 / 32768, 0.1 * 20000.0 / 32768);
}

TEST(ChunkEncoder, TheLastChunkKeepsTheTrailingSamples)
{
    QTemporaryDir dir;
    const PcmSamples pcm = steppedTone();
    const Result<QByteArray> bytes = ChunkEncoder::encode(pcm, AudioChunk{2, 25'000, 30'000});
    ASSERT_TRUE(bytes) << bytes.error().message.toStdString();
    const Result<DecodedAudio> chunk = decodeBytes(dir, *bytes);
    ASSERT_TRUE(chunk) << chunk.error().message.toStdString();
    EXPECT_NEAR(double(chunk->durationMs()), 5'000.0, 50.0);
}

TEST(ChunkEncoder, RejectsAWindowOutsideTheLecture)
{
    const PcmSamples pcm = steppedTone();
    for (const AudioChunk &bad : {AudioChunk{0, -1, 1000}, AudioChunk{0, 5000, 5000}, AudioChunk{0, 6000, 5000},
                                  AudioChunk{0, 29'000, 31'000}, AudioChunk{0, 30'000, 40'000}}) {
        const Result<QByteArray> bytes = ChunkEncoder::encode(pcm, bad);
        ASSERT_FALSE(bytes) << bad.startMs << "-" << bad.endMs;
        EXPECT_EQ(bytes.error().code, AudioError::InvalidRange);
    }
}

} // namespace
