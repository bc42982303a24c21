#include "audio/ChunkEncoder.h"

#include "AudioFixtures.h"
#include "TestEnvironment.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioError.h"
#include "audio/OggOpusMuxer.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

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
    ChunkEncoder::Options speech;
    speech.coder = ChunkEncoder::Options::Coder::Speech;
    speech.complexity = 1;
    // The default (transform) coder, and the speech coder kept as an option.
    for (const ChunkEncoder::Options &options : {ChunkEncoder::Options{}, speech}) {
        SCOPED_TRACE(options.coder == ChunkEncoder::Options::Coder::Speech ? "speech coder" : "transform coder");
        QTemporaryDir dir;
        const PcmSamples pcm = steppedTone();
        const Result<QByteArray> bytes = ChunkEncoder::encode(pcm, AudioChunk{1, 10'000, 20'000}, options);
        ASSERT_TRUE(bytes) << bytes.error().message.toStdString();

        const Result<DecodedAudio> chunk = decodeBytes(dir, *bytes);
        ASSERT_TRUE(chunk) << chunk.error().message.toStdString();
        EXPECT_NEAR(double(chunk->durationMs()), 10'000.0, 50.0);
        // It starts with second 10 (amplitude 11000) and ends with second 19 (amplitude 20000).
        const PcmView audio(chunk->pcm);
        EXPECT_NEAR(test::rms(audio.subspan(4000, 8000)), 11000.0 / 32768, 0.1 * 11000.0 / 32768);
        EXPECT_NEAR(test::rms(audio.last(12000).first(8000)), 20000.0 / 32768, 0.1 * 20000.0 / 32768);
    }
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

// The pages of an Ogg stream, as a demuxer reads them.
struct OggPage
{
    quint8 flags = 0;
    qint64 granule = 0;
    quint32 sequence = 0;
    bool checksumOk = false;
    QByteArray body;
};

QList<OggPage> oggPages(const QByteArray &bytes)
{
    QList<OggPage> pages;
    qsizetype at = 0;
    while (at + 27 <= bytes.size() && bytes.mid(at, 4) == "OggS") {
        const int segments = quint8(bytes[at + 26]);
        qsizetype bodySize = 0;
        for (int i = 0; i < segments; ++i)
            bodySize += quint8(bytes[at + 27 + i]);
        const qsizetype size = 27 + segments + bodySize;
        OggPage page;
        page.flags = quint8(bytes[at + 5]);
        page.granule = qFromLittleEndian<qint64>(bytes.constData() + at + 6);
        page.sequence = qFromLittleEndian<quint32>(bytes.constData() + at + 18);
        QByteArray zeroed = bytes.mid(at, size);
        zeroed.replace(22, 4, QByteArray(4, '\0'));
        page.checksumOk = OggOpusMuxer::pageChecksum(zeroed.constData(), zeroed.size())
                          == qFromLittleEndian<quint32>(bytes.constData() + at + 22);
        page.body = bytes.mid(at + 27 + segments, bodySize);
        pages.append(page);
        at += size;
    }
    EXPECT_EQ(at, bytes.size()) << "nothing but pages";
    return pages;
}

TEST(ChunkEncoder, TheUploadIsAnOggOpusStreamThatEndsWhereTheChunkEnds)
{
    const PcmSamples pcm = steppedTone();
    const Result<QByteArray> bytes = ChunkEncoder::encode(pcm, AudioChunk{0, 3'000, 14'500});
    ASSERT_TRUE(bytes) << bytes.error().message.toStdString();
    const QList<OggPage> pages = oggPages(*bytes);
    ASSERT_GE(pages.size(), 4) << "OpusHead, OpusTags and 11.5 s of audio in pages of about a second";

    const QByteArray &head = pages[0].body;
    ASSERT_TRUE(head.startsWith("OpusHead"));
    EXPECT_EQ(quint8(head[9]), 1) << "mono";
    const int preSkip = qFromLittleEndian<quint16>(head.constData() + 10);
    EXPECT_GT(preSkip, 0);
    EXPECT_EQ(qFromLittleEndian<quint32>(head.constData() + 12), 16000u) << "encoded at the lecture's own rate";
    EXPECT_TRUE(pages[1].body.startsWith("OpusTags"));
    EXPECT_EQ(pages.first().flags, 0x02) << "begins the stream";
    EXPECT_EQ(pages.last().flags, 0x04) << "ends the stream";
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EXPECT_EQ(pages[i].sequence, quint32(i));
        EXPECT_TRUE(pages[i].checksumOk) << "page " << i;
        if (i > 2) {
            EXPECT_GE(pages[i].granule, pages[i - 1].granule);
        }
    }
    // Granule positions count 48 kHz samples: the last one says exactly where the audio ends.
    EXPECT_EQ(pages.last().granule - preSkip, qint64(11'500) * 48);
}

TEST(ChunkEncoder, SpeechTakesUnderFifteenMegabytesAnHour)
{
    const Result<DecodedAudio> speech = AudioDecoder::decodeFile(test::sampleFile(QStringLiteral("cell-biology-intro.wav")));
    ASSERT_TRUE(speech) << speech.error().message.toStdString();
    const Result<QByteArray> bytes = ChunkEncoder::encode(speech->pcm, AudioChunk{0, 0, speech->durationMs()});
    ASSERT_TRUE(bytes) << bytes.error().message.toStdString();
    const double megabytesPerHour = double(bytes->size()) / 1e6 * 3'600'000.0 / double(speech->durationMs());
    EXPECT_LT(megabytesPerHour, 15.0);
    EXPECT_GT(megabytesPerHour, 5.0) << "24 kbit/s, not a starved stream";
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
