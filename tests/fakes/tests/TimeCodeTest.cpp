#include "TimeCode.h"
#include "WavWriter.h"

#include "audio/AudioDecoder.h"
#include "audio/OggOpusWriter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <random>

using namespace lectern;
using namespace lectern::fake;

namespace {

std::span<const qint16> window(const std::vector<qint16> &pcm, qint64 startMs, qint64 endMs)
{
    return std::span<const qint16>(pcm).subspan(size_t(startMs * 16), size_t((endMs - startMs) * 16));
}

QList<int> seconds(const QList<DetectedTimeCode> &codes)
{
    QList<int> result;
    for (const DetectedTimeCode &code : codes)
        result.append(code.second);
    return result;
}

QList<int> range(int first, int count)
{
    QList<int> result;
    for (int i = 0; i < count; ++i)
        result.append(first + i);
    return result;
}

} // namespace

TEST(TimeCode, EverySecondCarriesItsOwnNumberAtItsStart)
{
    const std::vector<qint16> pcm = TimeCodedAudio::generate(3600, 12);
    ASSERT_EQ(pcm.size(), size_t(12 * 16000));
    const QList<DetectedTimeCode> codes = TimeCodeDetector::detect(pcm);
    ASSERT_EQ(seconds(codes), range(3600, 12));
    for (int i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(codes[i].startMs, i * 1000);
        EXPECT_EQ(codes[i].endMs, i * 1000 + timecode::kBurstMs);
    }
}

TEST(TimeCode, TimesAreRelativeToTheWindowAndCutBurstsAreLeftOut)
{
    const std::vector<qint16> pcm = TimeCodedAudio::generate(100, 20);
    // Starts in the silence after second 103's burst, ends in the middle of second 112's burst.
    const QList<DetectedTimeCode> codes = TimeCodeDetector::detect(window(pcm, 3800, 12300));
    ASSERT_EQ(seconds(codes), range(104, 8));
    EXPECT_EQ(codes.first().startMs, 200);
    EXPECT_EQ(codes.last().startMs, 7200);

    // A window that starts inside a burst must not produce a wrong number for it.
    for (qint64 start = 5010; start < 5680; start += 37) {
        const QList<DetectedTimeCode> cut = TimeCodeDetector::detect(window(pcm, start, 8000));
        ASSERT_FALSE(cut.isEmpty());
        EXPECT_EQ(cut.first().second, 106) << "window starting at " << start << " ms";
    }
}

TEST(TimeCode, SilenceAndNoiseHoldNoCodes)
{
    const std::vector<qint16> silence(16000 * 3, 0);
    EXPECT_TRUE(TimeCodeDetector::detect(silence).isEmpty());
    std::mt19937 random(7);
    std::normal_distribution<double> noise(0, 6000);
    std::vector<qint16> hiss(16000 * 5);
    for (qint16 &sample : hiss)
        sample = qint16(std::clamp(noise(random), -32768.0, 32767.0));
    EXPECT_TRUE(TimeCodeDetector::detect(hiss).isEmpty());
}

TEST(TimeCode, SurvivesOggOpusAt24kbits)
{
    const std::vector<qint16> pcm = TimeCodedAudio::generate(7200, 40);
    OggOpusOptions options;
    options.bitrate = 24000;
    Result<QByteArray> opus = OggOpusWriter::encode(pcm, options);
    ASSERT_TRUE(opus.ok()) << opus.error().message.toStdString();
    EXPECT_LT(opus->size(), 40 * 24000 / 8 * 12 / 10); // really 24 kbit/s, not PCM in disguise

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chunk.ogg"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*opus);
    file.close();
    Result<DecodedAudio> decoded = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();

    const QList<DetectedTimeCode> codes = TimeCodeDetector::detect(decoded->pcm);
    ASSERT_EQ(seconds(codes), range(7200, 40));
    for (int i = 0; i < codes.size(); ++i)
        EXPECT_NEAR(double(codes[i].startMs), i * 1000.0, 12.0);
}

TEST(WavWriter, WritesAFileLecternsDecoderReadsBackSampleForSample)
{
    const std::vector<qint16> pcm = TimeCodedAudio::generate(0, 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.wav"));
    ASSERT_TRUE(WavWriter::writeFile(path, pcm).ok());
    EXPECT_EQ(QFileInfo(path).size(), qint64(44 + pcm.size() * 2));
    Result<DecodedAudio> decoded = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded->pcm, pcm);
}
