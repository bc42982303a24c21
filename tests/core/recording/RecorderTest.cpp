#include "recording/Recorder.h"

#include "RecordingTestSupport.h"
#include "audio/AudioDecoder.h"
#include "recording/FilePcmSource.h"
#include "recording/OggStreamRepair.h"
#include "recording/RecordingRecovery.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lectern;
using test::joined;
using test::silence;
using test::tone;

namespace {

// Opus works in 20 ms frames and the decoder trims by granule position: a few frames of slack.
constexpr double kToleranceMs = 60.0;

FilePcmSource::Options fast()
{
    FilePcmSource::Options options;
    options.blockMs = 100;
    options.speed = 10.0;
    return options;
}

class RecorderTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString folder() const { return m_dir.filePath(QStringLiteral("recordings")); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RecorderTest, RecordsEverythingTheSourceDeliversAsACompleteOggOpusFile)
{
    Recorder recorder(folder());
    auto source = std::make_unique<FilePcmSource>(tone(3000), QStringLiteral("test tone"), fast());
    QSignalSpy states(&recorder, &Recorder::stateChanged);
    ASSERT_TRUE(recorder.start(std::move(source), {QStringLiteral("course-1"), {}, QStringLiteral("de")}));
    EXPECT_EQ(recorder.state(), Recorder::State::Recording);
    EXPECT_TRUE(QFileInfo::exists(recorder.recording().sidecarPath)) << "the sidecar comes before any audio";

    // The file-fed source ends by itself, which stops the recorder like the Stop button.
    const std::optional<RecordingFile> recording = test::waitUntilFinished(recorder);
    ASSERT_TRUE(recording);
    EXPECT_EQ(recorder.state(), Recorder::State::Idle);
    EXPECT_EQ(recorder.elapsedMs(), 3000);
    EXPECT_GE(states.count(), 3) << "Recording, Finishing, Idle";

    const Result<OggStreamRepair::Scan> scan = OggStreamRepair::scan(recording->audioPath);
    ASSERT_TRUE(scan) << scan.error().message.toStdString();
    EXPECT_TRUE(scan->complete) << "a stopped recording ends with an end-of-stream page";
    EXPECT_NEAR(double(scan->durationMs), 3000.0, kToleranceMs);

    const Result<DecodedAudio> decoded = AudioDecoder::decodeFile(recording->audioPath);
    ASSERT_TRUE(decoded) << decoded.error().message.toStdString();
    EXPECT_NEAR(double(decoded->durationMs()), 3000.0, kToleranceMs);

    const Result<RecordingFile> sidecar = RecordingFile::readSidecar(recording->sidecarPath);
    ASSERT_TRUE(sidecar);
    EXPECT_EQ(sidecar->details.courseId, QStringLiteral("course-1"));
    EXPECT_EQ(sidecar->details.language, QStringLiteral("de"));
    EXPECT_EQ(sidecar->startedAt, recording->startedAt);
}

TEST_F(RecorderTest, WhatIsHeardWhilePausedIsNotRecorded)
{
    Recorder recorder(folder());
    // Speech-like tone, a loud second that happens during the pause, then tone again.
    auto source = std::make_unique<FilePcmSource>(joined({tone(1000), tone(1000, 2000.0, 0.9), tone(1000)}),
                                                  QStringLiteral("test"), fast());
    FilePcmSource *feed = source.get();
    QObject::connect(feed, &FilePcmSource::positionChanged, &recorder, [&](qint64 positionMs) {
        if (positionMs == 1000)
            recorder.pause();
        else if (positionMs == 2000)
            recorder.resume();
    });
    ASSERT_TRUE(recorder.start(std::move(source)));
    const std::optional<RecordingFile> recording = test::waitUntilFinished(recorder);
    ASSERT_TRUE(recording);

    EXPECT_EQ(recorder.elapsedMs(), 2000) << "the paused second is not counted";
    const Result<DecodedAudio> decoded = AudioDecoder::decodeFile(recording->audioPath);
    ASSERT_TRUE(decoded) << decoded.error().message.toStdString();
    EXPECT_NEAR(double(decoded->durationMs()), 2000.0, kToleranceMs);
    // The 2 kHz second would show as about four times the zero crossings of the 440 Hz tone.
    qint64 crossings = 0;
    for (size_t i = 1; i < decoded->pcm.size(); ++i)
        crossings += (decoded->pcm[i - 1] < 0) != (decoded->pcm[i] < 0);
    EXPECT_NEAR(double(crossings), 2 * 440.0 * 2.0, 2 * 440.0 * 2.0 * 0.1);
}

TEST_F(RecorderTest, TheLevelFollowsLoudAndSilentInput)
{
    Recorder recorder(folder());
    auto source = std::make_unique<FilePcmSource>(joined({tone(1000, 440.0, 0.5), silence(1000)}),
                                                  QStringLiteral("test"), fast());
    FilePcmSource *feed = source.get();
    QList<std::tuple<qint64, double, double>> levels; // position, rms, peak
    QObject::connect(&recorder, &Recorder::levelChanged, &recorder, [&](double rms, double peak) {
        if (recorder.state() == Recorder::State::Recording)
            levels.append({feed->positionMs(), rms, peak});
    });
    ASSERT_TRUE(recorder.start(std::move(source)));
    ASSERT_TRUE(test::waitUntilFinished(recorder));

    ASSERT_EQ(levels.size(), 20) << "one level per 100 ms block";
    for (const auto &[positionMs, rms, peak] : levels) {
        if (positionMs <= 1000) {
            EXPECT_NEAR(rms, 0.5 / std::sqrt(2.0), 0.02) << "at " << positionMs << " ms";
            EXPECT_NEAR(peak, 0.5, 0.02) << "at " << positionMs << " ms";
        } else {
            EXPECT_EQ(rms, 0.0) << "at " << positionMs << " ms";
            EXPECT_EQ(peak, 0.0) << "at " << positionMs << " ms";
        }
    }
}

TEST_F(RecorderTest, ARunningRecordingIsLockedAgainstRecovery)
{
    Recorder recorder(folder());
    FilePcmSource::Options slow;
    slow.speed = 1.0;
    ASSERT_TRUE(recorder.start(std::make_unique<FilePcmSource>(tone(60000), QStringLiteral("test"), slow)));
    QSignalSpy elapsed(&recorder, &Recorder::elapsedChanged);
    ASSERT_TRUE(elapsed.wait(5000));

    EXPECT_TRUE(RecordingRecovery::find(folder()).isEmpty()) << "a live recording is not offered for recovery";
    EXPECT_TRUE(QFileInfo::exists(recorder.recording().audioPath));

    recorder.stop();
    const std::optional<RecordingFile> recording = test::waitUntilFinished(recorder);
    ASSERT_TRUE(recording);
    const QList<UnfinishedRecording> left = RecordingRecovery::find(folder());
    ASSERT_EQ(left.size(), 1) << "stopped but not imported: offered again";
    EXPECT_EQ(left.first().recording.id, recording->id);
}

TEST_F(RecorderTest, RefusesToStartASecondRecording)
{
    Recorder recorder(folder());
    ASSERT_TRUE(recorder.start(std::make_unique<FilePcmSource>(tone(60000), QStringLiteral("test"))));
    const Status second = recorder.start(std::make_unique<FilePcmSource>(tone(1000), QStringLiteral("test")));
    EXPECT_FALSE(second);
    recorder.stop();
    EXPECT_TRUE(test::waitUntilFinished(recorder));
}
