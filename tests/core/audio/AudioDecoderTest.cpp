#include "audio/AudioDecoder.h"

#include "AudioFixtures.h"
#include "TestEnvironment.h"
#include "audio/AudioError.h"
#include "audio/ContentHash.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <unistd.h>

using namespace lectern;
using lectern::test::AudioFixtures;

namespace {

constexpr qint64 kToleranceMs = 50;

struct FormatCase
{
    const char *name;
    const char *fileName;
    QStringList codec;
};

void PrintTo(const FormatCase &c, std::ostream *os)
{
    *os << c.name;
}

class AudioDecoderFormats : public ::testing::TestWithParam<FormatCase>
{
};

// Every importable format decodes to 16 kHz mono on the original's timeline.
TEST_P(AudioDecoderFormats, DecodesTo16kHzMonoWithTheOriginalDuration)
{
    QTemporaryDir dir;
    AudioFixtures fixtures(dir.path());
    // 44.1 kHz stereo, like most files students have.
    const Result<QString> source = fixtures.speechWav(QStringLiteral("source.wav"), 20.0, 44100, 2);
    ASSERT_TRUE(source) << source.error().message.toStdString();
    const FormatCase &format = GetParam();
    const Result<QString> file =
        format.codec.isEmpty() ? source : fixtures.convert(*source, QString::fromLatin1(format.fileName), format.codec);
    ASSERT_TRUE(file) << file.error().message.toStdString();

    const Result<DecodedAudio> audio = AudioDecoder::decodeFile(*file);
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_NEAR(double(audio->durationMs()), 20000.0, double(kToleranceMs));
    EXPECT_NEAR(double(audio->sourceDurationMs), 20000.0, double(kToleranceMs));
    EXPECT_GT(test::rms(audio->pcm), 0.01) << "speech decoded to silence";
    EXPECT_EQ(audio->contentHash.size(), 64);
    EXPECT_EQ(audio->sourcePath, QFileInfo(*file).absoluteFilePath());
}

INSTANTIATE_TEST_SUITE_P(
    Formats, AudioDecoderFormats,
    ::testing::Values(FormatCase{"Wav", "source.wav", {}},
                      FormatCase{"Mp3", "lecture.mp3", {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")}},
                      FormatCase{"OggVorbis", "lecture.ogg", {QStringLiteral("-c:a"), QStringLiteral("libvorbis")}},
                      FormatCase{"OggOpus", "lecture.opus", {QStringLiteral("-c:a"), QStringLiteral("libopus")}},
                      FormatCase{"Flac", "lecture.flac", {QStringLiteral("-c:a"), QStringLiteral("flac")}},
                      FormatCase{"M4aAac", "lecture.m4a", {QStringLiteral("-c:a"), QStringLiteral("aac")}},
                      FormatCase{"WebM", "lecture.webm", {QStringLiteral("-c:a"), QStringLiteral("libopus")}}),
    [](const ::testing::TestParamInfo<FormatCase> &info) { return std::string(info.param.name); });

TEST(AudioDecoder, DecodesTheSharedSamples)
{
    // Durations as the files announce them; the MP3 carries its encoder's padding.
    const std::pair<const char *, qint64> samples[] = {{"cell-biology-intro.wav", 25209},
                                                       {"cell-biology-intro.opus.ogg", 25209},
                                                       {"cell-biology-intro.mp3", 25260}};
    for (const auto &[name, durationMs] : samples) {
        const Result<DecodedAudio> audio = AudioDecoder::decodeFile(test::sampleFile(QString::fromLatin1(name)));
        ASSERT_TRUE(audio) << name << ": " << audio.error().message.toStdString();
        EXPECT_NEAR(double(audio->durationMs()), double(durationMs), double(kToleranceMs)) << name;
        EXPECT_GT(test::rms(audio->pcm), 0.01) << name;
    }
}

TEST(AudioDecoder, StereoChannelsAreAveraged)
{
    QTemporaryDir dir;
    AudioFixtures fixtures(dir.path());
    // Left and right in phase: the mono mix keeps the tone at full level.
    const Result<QString> inPhase = fixtures.toneWav(QStringLiteral("in-phase.wav"), 5.0, 1000, 44100, 2);
    // Right channel inverted: a mix that averages the channels cancels to silence, while one
    // that kept only a single channel would not.
    const Result<QString> opposed = fixtures.toneWav(QStringLiteral("opposed.wav"), 5.0, 1000, 44100, 2, true);
    ASSERT_TRUE(inPhase) << inPhase.error().message.toStdString();
    ASSERT_TRUE(opposed) << opposed.error().message.toStdString();

    const Result<DecodedAudio> loud = AudioDecoder::decodeFile(*inPhase);
    const Result<DecodedAudio> cancelled = AudioDecoder::decodeFile(*opposed);
    ASSERT_TRUE(loud) << loud.error().message.toStdString();
    ASSERT_TRUE(cancelled) << cancelled.error().message.toStdString();

    EXPECT_NEAR(double(loud->durationMs()), 5000.0, double(kToleranceMs));
    // A 0.5 amplitude sine has an RMS of 0.354.
    EXPECT_NEAR(test::rms(loud->pcm), 0.354, 0.03);
    EXPECT_LT(test::rms(cancelled->pcm), 0.01);
    // Still a 1 kHz tone after resampling to 16 kHz: two zero crossings per cycle.
    EXPECT_NEAR(double(test::zeroCrossings(loud->pcm)), 2.0 * 1000 * 5.0, 2.0 * 1000 * 5.0 * 0.01);
}

TEST(AudioDecoder, ReportsTheContentHashOfTheOriginalFile)
{
    const QString path = test::sampleFile(QStringLiteral("cell-biology-intro.wav"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

    const Result<DecodedAudio> audio = AudioDecoder::decodeFile(path);
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_EQ(audio->contentHash, expected);
    EXPECT_EQ(audio->fileSize, file.size());
}

TEST(AudioDecoder, SkipsTheHashWhenTheCallerKnowsIt)
{
    const QString path = test::sampleFile(QStringLiteral("cell-biology-intro.wav"));
    DecodeOptions options;
    options.hashContent = false;
    const Result<DecodedAudio> audio = AudioDecoder::decodeFile(path, options);
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_TRUE(audio->contentHash.isEmpty());
    EXPECT_EQ(audio->pcm.size(), AudioDecoder::decodeFile(path)->pcm.size()) << "the same audio, hashed or not";
}

// The loudness measured while decoding is the loudness of what came out, frame for frame, also
// when the decoder's buffers had to be resampled and mixed down.
TEST(AudioDecoder, MeasuresTheEnvelopeOfWhatItDecodes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const AudioFixtures fixtures(dir.path());
    const Result<QString> stereo = fixtures.toneWav(QStringLiteral("tone-44k-stereo.wav"), 7.3, 440, 44100, 2);
    ASSERT_TRUE(stereo) << stereo.error().message.toStdString();
    for (const QString &path : {test::sampleFile(QStringLiteral("cell-biology-intro.wav")), *stereo}) {
        DecodeOptions options;
        options.energyEnvelope = true;
        const Result<DecodedAudio> audio = AudioDecoder::decodeFile(path, options);
        ASSERT_TRUE(audio) << audio.error().message.toStdString();
        const EnergyEnvelope expected = EnergyEnvelope::fromPcm(audio->pcm);
        ASSERT_GT(expected.frameCount(), 100);
        EXPECT_EQ(audio->envelope.sampleCount(), qint64(audio->pcm.size())) << path.toStdString();
        ASSERT_EQ(audio->envelope.frameCount(), expected.frameCount()) << path.toStdString();
        for (qsizetype i = 0; i < expected.frameCount(); ++i)
            ASSERT_NEAR(audio->envelope.energy(i), expected.energy(i), 1e-6f) << "frame " << i << " of " << path.toStdString();
    }
    EXPECT_EQ(AudioDecoder::decodeFile(test::sampleFile(QStringLiteral("cell-biology-intro.wav")))->envelope.frameCount(), 0)
        << "measured only when asked for";
}

TEST(AudioDecoder, FileNamesWithSpacesAndAccentsDecode)
{
    QTemporaryDir dir;
    AudioFixtures fixtures(dir.path());
    const Result<QString> tone = fixtures.toneWav(QStringLiteral("tone.wav"), 2.0, 440, 16000, 1);
    ASSERT_TRUE(tone) << tone.error().message.toStdString();
    const QString awkward = dir.filePath(QStringLiteral("Vorlesung Ökologie #3 (Teil 1).wav"));
    ASSERT_TRUE(QFile::rename(*tone, awkward));

    const Result<DecodedAudio> audio = AudioDecoder::decodeFile(awkward);
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_NEAR(double(audio->durationMs()), 2000.0, double(kToleranceMs));
}

void expectError(const Result<DecodedAudio> &result, QLatin1String code, const QString &fileName)
{
    ASSERT_FALSE(result) << "expected " << code.data();
    EXPECT_EQ(result.error().code, code) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(fileName)) << result.error().message.toStdString();
}

TEST(AudioDecoderErrors, MissingFile)
{
    QTemporaryDir dir;
    expectError(AudioDecoder::decodeFile(dir.filePath(QStringLiteral("gone.mp3"))), AudioError::FileMissing,
                QStringLiteral("gone.mp3"));
}

TEST(AudioDecoderErrors, UnreadableFile)
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("locked.wav"));
    ASSERT_TRUE(QFile::copy(test::sampleFile(QStringLiteral("cell-biology-intro.wav")), path));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (::geteuid() == 0) {
        // Root reads any file regardless of its mode; the kernel still refuses this one.
        path = QStringLiteral("/proc/sys/vm/compact_memory");
        ASSERT_TRUE(QFileInfo::exists(path)) << "no unreadable file available for root";
    }
    expectError(AudioDecoder::decodeFile(path), AudioError::FileUnreadable, QFileInfo(path).fileName());
}

TEST(AudioDecoderErrors, EmptyFile)
{
    expectError(AudioDecoder::decodeFile(test::sampleFile(QStringLiteral("empty.wav"))), AudioError::Empty,
                QStringLiteral("empty.wav"));
}

TEST(AudioDecoderErrors, WavWithoutSamples)
{
    // A valid 44-byte header announcing 16 kHz mono 16-bit audio, and no samples after it.
    const QByteArray header = AudioFixtures::wavHeader(16000, 1, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.wav"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(header);
    file.close();

    const Result<DecodedAudio> result = AudioDecoder::decodeFile(path);
    ASSERT_FALSE(result);
    // Whether the backend calls it "no data" or just ends, the student hears that there is
    // nothing to import in this file.
    EXPECT_TRUE(result.error().code == AudioError::Empty || result.error().code == AudioError::NotAudio)
        << result.error().code.toStdString();
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("nothing.wav")));
}

TEST(AudioDecoderErrors, RandomBytesAreNotAudio)
{
    expectError(AudioDecoder::decodeFile(test::sampleFile(QStringLiteral("corrupt-noise.mp3"))), AudioError::NotAudio,
                QStringLiteral("corrupt-noise.mp3"));
}

TEST(AudioDecoderErrors, TextWithAnAudioExtensionIsNotAudio)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.mp3"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are my lecture notes, not a recording.\n");
    file.close();
    expectError(AudioDecoder::decodeFile(path), AudioError::NotAudio, QStringLiteral("notes.mp3"));
}

TEST(AudioDecoderErrors, VideoWithoutSoundHasNoAudioTrack)
{
    QTemporaryDir dir;
    const Result<QString> video = AudioFixtures(dir.path()).videoWithoutSound(QStringLiteral("silent-film.webm"));
    ASSERT_TRUE(video) << video.error().message.toStdString();
    expectError(AudioDecoder::decodeFile(*video), AudioError::NoAudioTrack, QStringLiteral("silent-film.webm"));
}

TEST(AudioDecoderErrors, LongerThanTheLimit)
{
    DecodeOptions options;
    options.maxDurationMs = 10'000;
    const Result<DecodedAudio> result =
        AudioDecoder::decodeFile(test::sampleFile(QStringLiteral("cell-biology-intro.mp3")), options);
    expectError(result, AudioError::TooLong, QStringLiteral("cell-biology-intro.mp3"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("0:10"))) << result.error().message.toStdString();
}

TEST(AudioDecoderErrors, DecoderStopsBeforeTheEndOfATruncatedFile)
{
    // An MP4 whose index promises 20 s but whose audio data stops half-way, like an
    // interrupted download: the decoder ends early without complaint, the import must not.
    QTemporaryDir dir;
    AudioFixtures fixtures(dir.path());
    const Result<QString> source = fixtures.speechWav(QStringLiteral("source.wav"), 20.0);
    ASSERT_TRUE(source) << source.error().message.toStdString();
    const Result<QString> m4a = fixtures.convert(
        *source, QStringLiteral("cut.m4a"), {QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-movflags"), QStringLiteral("+faststart")});
    ASSERT_TRUE(m4a) << m4a.error().message.toStdString();
    QFile file(*m4a);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() / 2));
    file.close();

    const Result<DecodedAudio> result = AudioDecoder::decodeFile(*m4a);
    expectError(result, AudioError::DecoderFailed, QStringLiteral("cut.m4a"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("0:20"))) << result.error().message.toStdString();
}

TEST(AudioDecoderAsync, ReportsProgressAndFinishes)
{
    AudioDecoder decoder;
    QSignalSpy progress(&decoder, &AudioDecoder::progressChanged);
    QSignalSpy finished(&decoder, &AudioDecoder::finished);
    ASSERT_TRUE(decoder.start(test::sampleFile(QStringLiteral("cell-biology-intro.mp3"))));
    EXPECT_TRUE(decoder.isRunning());
    EXPECT_FALSE(decoder.start(test::sampleFile(QStringLiteral("cell-biology-intro.wav")))) << "one decode at a time";
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_FALSE(decoder.isRunning());

    ASSERT_GE(progress.count(), 2);
    qint64 previous = -1;
    for (const QList<QVariant> &args : progress) {
        EXPECT_GE(args.at(0).toLongLong(), previous);
        previous = args.at(0).toLongLong();
    }
    const QList<QVariant> last = progress.last();
    EXPECT_EQ(last.at(0).toLongLong(), last.at(1).toLongLong()) << "the last report is 100 %";

    Result<DecodedAudio> audio = decoder.takeResult();
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_EQ(last.at(0).toLongLong(), audio->durationMs());
}

TEST(AudioDecoderAsync, CancelStopsTheDecode)
{
    QTemporaryDir dir;
    const Result<QString> longTone =
        AudioFixtures(dir.path()).longToneWav(QStringLiteral("half-hour.wav"), 1800.0);
    ASSERT_TRUE(longTone) << longTone.error().message.toStdString();

    AudioDecoder decoder;
    QSignalSpy progress(&decoder, &AudioDecoder::progressChanged);
    QSignalSpy finished(&decoder, &AudioDecoder::finished);
    // Cancel once decoding is demonstrably under way.
    QObject::connect(&decoder, &AudioDecoder::progressChanged, &decoder, [&decoder](qint64 decodedMs) {
        if (decodedMs > 0)
            decoder.cancel();
    });
    ASSERT_TRUE(decoder.start(*longTone));
    ASSERT_TRUE(finished.wait(60'000));
    const Result<DecodedAudio> result = decoder.takeResult();
    expectError(result, AudioError::Cancelled, QStringLiteral("half-hour.wav"));
    EXPECT_LT(progress.last().at(0).toLongLong(), 1800 * 1000);
}

TEST(AudioDecoderAsync, DestroyingARunningDecoderStopsIt)
{
    QTemporaryDir dir;
    const Result<QString> longTone =
        AudioFixtures(dir.path()).longToneWav(QStringLiteral("long.wav"), 1800.0);
    ASSERT_TRUE(longTone) << longTone.error().message.toStdString();
    auto decoder = std::make_unique<AudioDecoder>();
    QSignalSpy progress(decoder.get(), &AudioDecoder::progressChanged);
    ASSERT_TRUE(decoder->start(*longTone));
    ASSERT_TRUE(progress.wait(60'000));
    decoder.reset(); // must neither hang nor crash
    SUCCEED();
}

TEST(AudioDecoderAsync, CanDecodeAgainAfterFinishing)
{
    AudioDecoder decoder;
    QSignalSpy finished(&decoder, &AudioDecoder::finished);
    ASSERT_TRUE(decoder.start(test::sampleFile(QStringLiteral("empty.wav"))));
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_EQ(decoder.takeResult().error().code, AudioError::Empty);

    ASSERT_TRUE(decoder.start(test::sampleFile(QStringLiteral("cell-biology-intro.wav"))));
    ASSERT_TRUE(finished.wait(60'000));
    const Result<DecodedAudio> audio = decoder.takeResult();
    ASSERT_TRUE(audio) << audio.error().message.toStdString();
    EXPECT_NEAR(double(audio->durationMs()), 25209.0, double(kToleranceMs));
}

} // namespace
