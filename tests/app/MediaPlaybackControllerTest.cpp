#include "lecture/MediaPlaybackController.h"

#include <gtest/gtest.h>

#include <QDataStream>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace lectern;

namespace {

constexpr int kPlayerTimeoutMs = 15000;

// A 16-bit mono PCM WAV of a 440 Hz tone.
bool writeTone(const QString &path, int sampleRate, int durationMs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const quint32 samples = quint32(qint64(sampleRate) * durationMs / 1000);
    const quint32 dataBytes = samples * 2;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(sampleRate) << quint32(sampleRate * 2) << quint16(2)
        << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (quint32 i = 0; i < samples; ++i)
        out << qint16(8000 * qSin(2 * M_PI * 440 * i / sampleRate));
    return out.status() == QDataStream::Ok;
}

} // namespace

TEST(MediaPlaybackControllerTest, HasNothingLoadedAtFirst)
{
    MediaPlaybackController player;
    EXPECT_TRUE(player.source().isEmpty());
    EXPECT_EQ(player.duration(), 0);
    EXPECT_FALSE(player.isPlaying());
    // A speed picked before any recording applies once one is loaded.
    QSignalSpy rate(&player, &PlaybackController::playbackRateChanged);
    player.setPlaybackRate(1.5);
    EXPECT_EQ(rate.count(), 1);
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.5);
}

TEST(MediaPlaybackControllerTest, LoadsAWavAndReportsItsDuration)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tone.wav"));
    ASSERT_TRUE(writeTone(path, 16000, 2500));

    MediaPlaybackController player;
    QSignalSpy errors(&player, &PlaybackController::errorOccurred);
    player.setPlaybackRate(1.25);
    player.setSource(QUrl::fromLocalFile(path));
    EXPECT_EQ(player.source(), QUrl::fromLocalFile(path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.duration() > 0 || !errors.isEmpty(); }, kPlayerTimeoutMs));
    ASSERT_TRUE(errors.isEmpty()) << qPrintable(errors.first().first().toString());
    EXPECT_NEAR(player.duration(), 2500, 50);
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.25);

    player.seek(1000);
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() == 1000; }, kPlayerTimeoutMs)) << player.position();
}

TEST(MediaPlaybackControllerTest, ASeekRightAfterLoadingIsKept)
{
    // "Show in lecture" and search results load a recording and jump into it at once, before
    // QMediaPlayer has read the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tone.wav"));
    ASSERT_TRUE(writeTone(path, 16000, 4000));

    MediaPlaybackController player;
    QSignalSpy errors(&player, &PlaybackController::errorOccurred);
    player.setSource(QUrl::fromLocalFile(path));
    player.seek(2500);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.duration() > 0 || !errors.isEmpty(); }, kPlayerTimeoutMs));
    ASSERT_TRUE(errors.isEmpty()) << qPrintable(errors.first().first().toString());
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() == 2500; }, kPlayerTimeoutMs)) << player.position();
}

TEST(MediaPlaybackControllerTest, ReportsARecordingThatCannotBePlayed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.wav"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not audio at all");
    file.close();

    MediaPlaybackController player;
    QSignalSpy errors(&player, &PlaybackController::errorOccurred);
    player.setSource(QUrl::fromLocalFile(path));
    ASSERT_TRUE(errors.wait(kPlayerTimeoutMs) || !errors.isEmpty());
    EXPECT_TRUE(errors.first().first().toString().startsWith(QStringLiteral("The recording cannot be played")));
}
