#include "recording/RecordingRecovery.h"

#include "RecordingTestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/OggOpusWriter.h"
#include "library/LibraryStore.h"
#include "recording/FilePcmSource.h"
#include "recording/OggStreamRepair.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace lectern;
using test::tone;

namespace {

constexpr double kRecoveredToleranceMs = 60.0;

// What a recorder leaves when it dies after `flushedMs` of audio reached the disk and more was
// on its way: the flushed pages, then the start of a page that never got finished.
QByteArray interruptedStream(qint64 flushedMs)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    OggOpusWriter writer;
    EXPECT_TRUE(writer.open(&buffer));
    EXPECT_TRUE(writer.write(tone(flushedMs)));
    EXPECT_TRUE(writer.flush());
    const qsizetype flushed = bytes.size();
    EXPECT_TRUE(writer.write(tone(700)));
    EXPECT_TRUE(writer.flush());
    // Cut the last page in the middle, as a kill during write() would.
    const QByteArray cut = bytes.left(flushed + (bytes.size() - flushed) / 2);
    EXPECT_TRUE(writer.finish());
    return cut;
}

class RecordingRecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = LibraryStore::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
    }

    QString folder() const { return RecordingFile::folder(m_dir.path()); }

    // A recording as a crashed recorder leaves it: sidecar, unlocked, audio cut mid-page.
    RecordingFile leftBehind(qint64 flushedMs, const RecordingDetails &details = {})
    {
        const RecordingFile recording =
            RecordingFile::create(folder(), QDateTime(QDate(2026, 3, 5), QTime(10, 15), Qt::UTC), details);
        EXPECT_TRUE(recording.writeSidecar());
        QFile audio(recording.audioPath);
        EXPECT_TRUE(audio.open(QIODevice::WriteOnly));
        const QByteArray bytes = flushedMs > 0 ? interruptedStream(flushedMs) : QByteArray();
        audio.write(bytes);
        return recording;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
};

} // namespace

TEST_F(RecordingRecoveryTest, RepairKeepsTheFlushedAudioAndEndsTheStream)
{
    const RecordingFile recording = leftBehind(2000);
    const Result<OggStreamRepair::Scan> before = OggStreamRepair::scan(recording.audioPath);
    ASSERT_TRUE(before) << before.error().message.toStdString();
    EXPECT_FALSE(before->complete);
    EXPECT_LT(before->validBytes, before->fileBytes) << "the half-written page is not counted";

    const Result<qint64> repaired = RecordingRecovery::repair(recording);
    ASSERT_TRUE(repaired) << repaired.error().message.toStdString();
    EXPECT_NEAR(double(*repaired), 2000.0, kRecoveredToleranceMs);

    const Result<OggStreamRepair::Scan> after = OggStreamRepair::scan(recording.audioPath);
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->complete);
    EXPECT_EQ(QFileInfo(recording.audioPath).size(), before->validBytes);
    const Result<DecodedAudio> decoded = AudioDecoder::decodeFile(recording.audioPath);
    ASSERT_TRUE(decoded) << decoded.error().message.toStdString();
    EXPECT_NEAR(double(decoded->durationMs()), 2000.0, kRecoveredToleranceMs);

    // A second repair finds nothing to do.
    const Result<qint64> again = RecordingRecovery::repair(recording);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *repaired);
    EXPECT_EQ(QFileInfo(recording.audioPath).size(), before->validBytes);
}

TEST_F(RecordingRecoveryTest, FindsLeftRecordingsAndImportsThemAsOpusLecturesInTheirCourse)
{
    const Result<Course> course = m_store->createCourse(QStringLiteral("Cell biology"));
    ASSERT_TRUE(course) << course.error().message.toStdString();
    const RecordingFile recording = leftBehind(3000, {course->id, {}, {}});

    const QList<UnfinishedRecording> found = RecordingRecovery::find(folder());
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().recording.id, recording.id);
    EXPECT_EQ(found.first().recording.startedAt, recording.startedAt);
    EXPECT_NEAR(double(found.first().durationMs), 3000.0, kRecoveredToleranceMs);

    const Result<Lecture> lecture = RecordingRecovery::recover(*m_store, found.first().recording);
    ASSERT_TRUE(lecture) << lecture.error().message.toStdString();
    EXPECT_EQ(lecture->courseId, course->id);
    EXPECT_EQ(lecture->recordedAt, recording.startedAt);
    EXPECT_TRUE(lecture->title.startsWith(QStringLiteral("Recording of"))) << lecture->title.toStdString();
    EXPECT_NEAR(double(lecture->durationMs), 3000.0, kRecoveredToleranceMs);
    EXPECT_TRUE(lecture->audioPath.endsWith(QStringLiteral(".opus"))) << "kept as Opus, not converted";

    EXPECT_TRUE(RecordingRecovery::find(folder()).isEmpty());
    EXPECT_TRUE(QDir(folder()).entryList(QDir::Files).isEmpty()) << "the recording's files are gone once it is a lecture";
}

TEST_F(RecordingRecoveryTest, ARecordingWithNoAudioIsNotOfferedAndIsCleanedUp)
{
    leftBehind(0);
    EXPECT_TRUE(RecordingRecovery::find(folder()).isEmpty());
    EXPECT_TRUE(QDir(folder()).entryList(QDir::Files).isEmpty());
}

TEST_F(RecordingRecoveryTest, DiscardRemovesEverything)
{
    const RecordingFile recording = leftBehind(1000);
    RecordingRecovery::discard(recording);
    EXPECT_TRUE(QDir(folder()).entryList(QDir::Files).isEmpty());
}
