#include "audio/OggOpusWriter.h"

#include "AudioFixtures.h"
#include "TestEnvironment.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace lectern;

namespace {

constexpr qint64 kEncodedToleranceMs = 50;

// Lecture-like speech decoded to the working format.
Result<PcmSamples> speech(const QTemporaryDir &dir, double seconds)
{
    const Result<QString> wav = test::AudioFixtures(dir.path()).speechWav(QStringLiteral("speech.wav"), seconds);
    if (!wav)
        return wav.error();
    Result<DecodedAudio> audio = AudioDecoder::decodeFile(*wav);
    if (!audio)
        return audio.error();
    return std::move(audio.value().pcm);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Error{QStringLiteral("test.write"), file.errorString()};
    return success();
}

TEST(OggOpusWriter, SpeechAt24kbitPerSecondDecodesBackToTheSameLength)
{
    QTemporaryDir dir;
    const Result<PcmSamples> pcm = speech(dir, 60.0);
    ASSERT_TRUE(pcm) << pcm.error().message.toStdString();
    ASSERT_EQ(pcm->size(), size_t(60 * kPcmSampleRate));

    const Result<QByteArray> ogg = OggOpusWriter::encode(*pcm);
    ASSERT_TRUE(ogg) << ogg.error().message.toStdString();
    const double kbitPerSecond = double(ogg->size()) * 8 / 60.0 / 1000.0;
    EXPECT_GE(kbitPerSecond, 22.0);
    EXPECT_LE(kbitPerSecond, 32.0);
    EXPECT_TRUE(ogg->startsWith("OggS"));

    const QString path = dir.filePath(QStringLiteral("speech.opus"));
    ASSERT_TRUE(writeFile(path, *ogg));
    const Result<DecodedAudio> back = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_NEAR(double(back->durationMs()), 60000.0, double(kEncodedToleranceMs));
    EXPECT_NEAR(test::rms(back->pcm), test::rms(*pcm), 0.2 * test::rms(*pcm)) << "same loudness after the round trip";
}

TEST(OggOpusWriter, BitrateOptionIsHonoured)
{
    QTemporaryDir dir;
    const Result<PcmSamples> pcm = speech(dir, 20.0);
    ASSERT_TRUE(pcm) << pcm.error().message.toStdString();
    OggOpusWriter::Options higher;
    higher.bitrate = 32000;
    const Result<QByteArray> at24 = OggOpusWriter::encode(*pcm);
    const Result<QByteArray> at32 = OggOpusWriter::encode(*pcm, higher);
    ASSERT_TRUE(at24);
    ASSERT_TRUE(at32);
    EXPECT_GT(at32->size(), at24->size() * 5 / 4);
}

TEST(OggOpusWriter, FlushPutsEverythingWrittenOnDisk)
{
    QTemporaryDir dir;
    const Result<PcmSamples> pcm = speech(dir, 6.0);
    ASSERT_TRUE(pcm) << pcm.error().message.toStdString();
    const QString path = dir.filePath(QStringLiteral("recording.opus"));

    OggOpusWriter writer;
    ASSERT_TRUE(writer.openFile(path));
    ASSERT_TRUE(writer.write(PcmView(*pcm).first(3 * kPcmSampleRate)));
    ASSERT_TRUE(writer.flush());
    EXPECT_EQ(QFileInfo(path).size(), writer.bytesWritten());

    // Read the unfinished file as a crash would leave it: 3 s, give or take a frame.
    const QString snapshot = dir.filePath(QStringLiteral("snapshot.opus"));
    ASSERT_TRUE(QFile::copy(path, snapshot));
    const Result<DecodedAudio> partial = AudioDecoder::decodeFile(snapshot);
    ASSERT_TRUE(partial) << partial.error().message.toStdString();
    EXPECT_NEAR(double(partial->durationMs()), 3000.0, 60.0);

    ASSERT_TRUE(writer.write(PcmView(*pcm).subspan(3 * kPcmSampleRate)));
    ASSERT_TRUE(writer.finish());
    EXPECT_FALSE(writer.isOpen());
    const Result<DecodedAudio> whole = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(whole) << whole.error().message.toStdString();
    EXPECT_NEAR(double(whole->durationMs()), 6000.0, double(kEncodedToleranceMs));
}

TEST(OggOpusWriter, ATornFileDecodesUpToItsLastFlush)
{
    QTemporaryDir dir;
    const Result<PcmSamples> pcm = speech(dir, 25.0);
    ASSERT_TRUE(pcm) << pcm.error().message.toStdString();
    const QString path = dir.filePath(QStringLiteral("recording.opus"));

    // A recorder: 100 ms blocks, a flush every second.
    OggOpusWriter::Options options;
    options.flushIntervalMs = 1000;
    OggOpusWriter writer(options);
    ASSERT_TRUE(writer.openFile(path));
    const PcmView all(*pcm);
    const size_t block = kPcmSampleRate / 10;
    for (size_t offset = 0; offset < 20 * kPcmSampleRate; offset += block)
        ASSERT_TRUE(writer.write(all.subspan(offset, block)));
    const qint64 flushedBytes = QFileInfo(path).size();
    EXPECT_EQ(flushedBytes, writer.bytesWritten()) << "20 s is a whole number of flush intervals";
    for (size_t offset = 20 * kPcmSampleRate; offset < 22 * kPcmSampleRate + block / 2; offset += block)
        ASSERT_TRUE(writer.write(all.subspan(offset, block)));
    const qint64 laterBytes = QFileInfo(path).size();
    ASSERT_GT(laterBytes, flushedBytes);

    // The power fails while a page is half on disk.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray torn = file.read(laterBytes - 40);
    const QString crashed = dir.filePath(QStringLiteral("crashed.opus"));
    ASSERT_TRUE(writeFile(crashed, torn));

    const Result<DecodedAudio> recovered = AudioDecoder::decodeFile(crashed);
    ASSERT_TRUE(recovered) << recovered.error().message.toStdString();
    EXPECT_GE(recovered->durationMs(), 20000 - 1000);
    EXPECT_LE(recovered->durationMs(), 23000);
}

TEST(OggOpusWriter, DestructorFinishesTheStream)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.opus"));
    {
        OggOpusWriter writer;
        ASSERT_TRUE(writer.openFile(path));
        const PcmSamples silence(2 * kPcmSampleRate, 0);
        ASSERT_TRUE(writer.write(silence));
    }
    const Result<DecodedAudio> audio = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_NEAR(double(audio->durationMs()), 2000.0, double(kEncodedToleranceMs));
}

TEST(OggOpusWriter, EncodeToFileWritesADecodableFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture.opus"));
    PcmSamples tone(5 * kPcmSampleRate);
    for (size_t i = 0; i < tone.size(); ++i)
        tone[i] = qint16((i / 8) % 2 ? 8000 : -8000); // 1 kHz square wave
    ASSERT_TRUE(OggOpusWriter::encodeToFile(tone, path));
    const Result<DecodedAudio> audio = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_NEAR(double(audio->durationMs()), 5000.0, double(kEncodedToleranceMs));
}

TEST(OggOpusWriter, UnwritableDestinationIsReportedWithItsName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/lecture.opus"));
    OggOpusWriter writer;
    const Status opened = writer.openFile(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, AudioError::WriteFailed);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("lecture.opus"))) << opened.error().message.toStdString();

    const Status encoded = OggOpusWriter::encodeToFile(PcmSamples(16000, 0), path);
    ASSERT_FALSE(encoded);
    EXPECT_EQ(encoded.error().code, AudioError::WriteFailed);
}

TEST(OggOpusWriter, WritingWithoutOpeningFails)
{
    OggOpusWriter writer;
    const Status status = writer.write(PcmSamples(160, 0));
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, AudioError::EncodeFailed);
    EXPECT_FALSE(writer.finish());
}

TEST(OggOpusWriter, CanBeReopenedAfterFinishing)
{
    QTemporaryDir dir;
    OggOpusWriter writer;
    for (const QString &name : {QStringLiteral("one.opus"), QStringLiteral("two.opus")}) {
        ASSERT_TRUE(writer.openFile(dir.filePath(name)));
        ASSERT_TRUE(writer.write(PcmSamples(kPcmSampleRate, 0)));
        ASSERT_TRUE(writer.finish());
        EXPECT_EQ(writer.samplesWritten(), kPcmSampleRate);
        const Result<DecodedAudio> audio = AudioDecoder::decodeFile(dir.filePath(name));
        ASSERT_TRUE(audio) << audio.error().message.toStdString();
        EXPECT_NEAR(double(audio->durationMs()), 1000.0, double(kEncodedToleranceMs));
    }
}

} // namespace
