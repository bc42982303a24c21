#include "OggOpusReader.h"
#include "TimeCode.h"
#include "WavWriter.h"

#include "audio/ChunkEncoder.h"
#include "audio/OggOpusWriter.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::fake;

namespace {

void expectTheSameLecture(const std::optional<std::vector<qint16>> &decoded, size_t samples, int firstSecond, int seconds)
{
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->size(), samples) << "pre-skip and padding are dropped";
    const QList<DetectedTimeCode> codes = TimeCodeDetector::detect(*decoded);
    ASSERT_EQ(codes.size(), seconds);
    for (int i = 0; i < seconds; ++i)
        EXPECT_EQ(codes[i].second, firstSecond + i);
}

} // namespace

TEST(OggOpusReader, ReadsLecternsUploadsToTheSample)
{
    const std::vector<qint16> pcm = TimeCodedAudio::generate(100, 8);
    const Result<QByteArray> upload = ChunkEncoder::encode(pcm, AudioChunk{0, 0, 8000});
    ASSERT_TRUE(upload);
    ASSERT_TRUE(OggOpusReader::looksLikeOggOpus(*upload));
    expectTheSameLecture(OggOpusReader::decode(*upload), pcm.size(), 100, 8);
}

TEST(OggOpusReader, ReadsLibopusencStreamsToo)
{
    // Encoded at 48 kHz with a different look-ahead and page layout.
    const std::vector<qint16> pcm = TimeCodedAudio::generate(7, 5);
    const Result<QByteArray> stored = OggOpusWriter::encode(pcm);
    ASSERT_TRUE(stored);
    expectTheSameLecture(OggOpusReader::decode(*stored), pcm.size(), 7, 5);
}

TEST(OggOpusReader, LeavesEverythingElseToTheGeneralDecoder)
{
    const QByteArray wav = WavWriter::encode(TimeCodedAudio::generate(0, 1));
    EXPECT_FALSE(OggOpusReader::looksLikeOggOpus(wav));
    EXPECT_FALSE(OggOpusReader::decode(wav));

    const Result<QByteArray> upload = ChunkEncoder::encode(TimeCodedAudio::generate(0, 3), AudioChunk{0, 0, 3000});
    ASSERT_TRUE(upload);
    EXPECT_FALSE(OggOpusReader::decode(upload->left(upload->size() - 10))) << "a stream cut short";
    QByteArray notOpus = *upload;
    notOpus.replace(28, 8, "OpusTagz");
    EXPECT_FALSE(OggOpusReader::looksLikeOggOpus(notOpus)) << "an Ogg stream of another codec";
    EXPECT_FALSE(OggOpusReader::decode(notOpus));
}
