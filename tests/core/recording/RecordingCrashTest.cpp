// A recorder in its own process, killed without warning, loses at most a second of what its
// source had delivered.
#include "recording/RecordingRecovery.h"

#include "audio/AudioDecoder.h"
#include "library/LibraryStore.h"
#include "recording/OggStreamRepair.h"

#include "AudioFixtures.h"
#include "RecordingTestSupport.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <iostream>

using namespace lectern;

namespace {

constexpr qint64 kKillAfterFedMs = 6000;
constexpr qint64 kMaxLostMs = 1000;

// The child prints "fed <ms>" after each block it handed to its recorder.
qint64 lastFedPosition(const QByteArray &output)
{
    qint64 fed = -1;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("fed "))
            fed = line.mid(4).trimmed().toLongLong();
    }
    return fed;
}

} // namespace

TEST(RecordingCrash, AKilledRecorderLosesAtMostOneSecond)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Result<QString> wav =
        test::AudioFixtures(dir.path()).pcmWav(QStringLiteral("lecture.wav"), test::tone(20000), kPcmSampleRate);
    ASSERT_TRUE(wav) << wav.error().message.toStdString();
    const QString folder = RecordingFile::folder(dir.path());

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Four times real time: the kill comes after 1.5 s of wall-clock time.
    child.start(QStringLiteral(LECTERN_RECORDING_HELPER), {folder, *wav, QStringLiteral("4")});
    ASSERT_TRUE(child.waitForStarted(10000));
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (lastFedPosition(output) < kKillAfterFedMs && !deadline.hasExpired()) {
        ASSERT_EQ(child.state(), QProcess::Running) << output.toStdString();
        child.waitForReadyRead(100);
        output += child.readAllStandardOutput();
    }
    ASSERT_GE(lastFedPosition(output), kKillAfterFedMs) << "the child never got going: " << output.toStdString();
    child.kill();
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    // Whatever the child printed before it died counts as fed.
    output += child.readAllStandardOutput();
    const qint64 fedMs = lastFedPosition(output);

    const QList<UnfinishedRecording> found = RecordingRecovery::find(folder);
    ASSERT_EQ(found.size(), 1) << "the dead recorder's lock does not hide its recording";
    const Result<OggStreamRepair::Scan> scan = OggStreamRepair::scan(found.first().recording.audioPath);
    ASSERT_TRUE(scan);
    EXPECT_FALSE(scan->complete) << "the stream was really cut off";

    auto store = LibraryStore::open(dir.filePath(QStringLiteral("library")));
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const Result<Lecture> lecture = RecordingRecovery::recover(*store.value(), found.first().recording);
    ASSERT_TRUE(lecture) << lecture.error().message.toStdString();

    const Result<DecodedAudio> decoded =
        AudioDecoder::decodeFile(QDir(dir.filePath(QStringLiteral("library"))).filePath(lecture->audioPath));
    ASSERT_TRUE(decoded) << decoded.error().message.toStdString();
    const qint64 lostMs = fedMs - decoded->durationMs();
    std::cout << "fed " << fedMs << " ms before the kill, recovered " << decoded->durationMs() << " ms, lost " << lostMs
              << " ms\n";
    EXPECT_GE(lostMs, -60) << "nothing appears that was never fed";
    EXPECT_LE(lostMs, kMaxLostMs);
}
