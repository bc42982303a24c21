#include "pipeline/TranscriptionJob.h"

#include "FakeGroqServer.h"
#include "TimeCode.h"
#include "WavWriter.h"
#include "TestGroqClient.h"
#include "library/LibraryStore.h"
#include "pipeline/LectureImporter.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lectern;

namespace {

constexpr int kJobTimeoutMs = 240000;
const QString kTranscriptions = QStringLiteral("/audio/transcriptions");

// Generated once per run: writing and importing 25 minutes of audio is the slow part.
QString timeCodedRecording(int seconds)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture-%1s.wav").arg(seconds));
    if (!QFile::exists(path)) {
        const std::vector<qint16> pcm = fake::TimeCodedAudio::generate(0, seconds);
        const Status written = fake::WavWriter::writeFile(path, pcm);
        EXPECT_TRUE(written.ok());
    }
    return path;
}

class TranscriptionJobTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_libraryDir.isValid());
        auto opened = LibraryStore::open(m_libraryDir.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        ASSERT_TRUE(server.listen().ok());
        client = test::newTestGroqClient(server.baseUrl(), server.options().apiKey, &m_owner);
    }

    LibraryStore &store() { return *m_store; }

    Lecture importLecture(int seconds)
    {
        const Result<Lecture> lecture = LectureImporter::importFile(store(), timeCodedRecording(seconds));
        EXPECT_TRUE(lecture.ok()) << (lecture.ok() ? "" : lecture.error().message.toStdString());
        return lecture.ok() ? *lecture : Lecture{};
    }

    Result<TranscriptionOutcome> run(const QString &lectureId, const TranscriptionJobOptions &options = {})
    {
        TranscriptionJob job(store(), *client);
        QSignalSpy finished(&job, &TranscriptionJob::finished);
        EXPECT_TRUE(job.start(lectureId, options));
        EXPECT_TRUE(finished.wait(kJobTimeoutMs));
        return job.result();
    }

    // Two-minute chunks, so a six-minute lecture has several and the tests stay quick.
    static TranscriptionJobOptions shortChunks()
    {
        TranscriptionJobOptions options;
        options.plan.targetMs = 120000;
        options.plan.searchWindowMs = 10000;
        return options;
    }

    // Transcription uploads the server answered. An upload that a run going away abandoned midway
    // is not one, however late the server gets to its remains: the next run may already be going.
    int uploads() const
    {
        int count = 0;
        for (const auto &request : server.requests())
            count += request.path.endsWith(kTranscriptions) && request.status != 0 ? 1 : 0;
        return count;
    }

    // Checks that the stored transcript says s0 ... s<seconds-1>, each once, in order, at its time.
    void expectCompleteTranscript(const QString &lectureId, int seconds)
    {
        const auto segments = store().segments(lectureId);
        ASSERT_TRUE(segments.ok());
        static const QRegularExpression code(QStringLiteral("^s(\\d+)$"));
        int expected = 0;
        for (const auto &segment : *segments) {
            const QStringList words = segment.text.split(u' ', Qt::SkipEmptyParts);
            ASSERT_FALSE(words.isEmpty());
            const auto first = code.match(words.first());
            const auto last = code.match(words.last());
            ASSERT_TRUE(first.hasMatch() && last.hasMatch()) << segment.text.toStdString();
            EXPECT_NEAR(double(segment.startMs), first.captured(1).toDouble() * 1000, 500.0) << segment.text.toStdString();
            EXPECT_NEAR(double(segment.endMs), last.captured(1).toDouble() * 1000 + fake::timecode::kBurstMs, 500.0)
                << segment.text.toStdString();
            for (const QString &word : words) {
                ASSERT_EQ(word, u's' + QString::number(expected)) << "in segment " << segment.text.toStdString();
                ++expected;
            }
        }
        EXPECT_EQ(expected, seconds);
    }

    fake::FakeGroqServer server;
    QObject m_owner;
    GroqClient *client = nullptr;

private:
    QTemporaryDir m_libraryDir;
    std::unique_ptr<LibraryStore> m_store;
};

} // namespace

TEST_F(TranscriptionJobTest, ATwentyFiveMinuteLectureComesBackWholeInOrderAndOnTime)
{
    const Lecture lecture = importLecture(25 * 60);
    TranscriptionJob job(store(), *client);
    QSignalSpy progress(&job, &TranscriptionJob::progressChanged);
    QSignalSpy finished(&job, &TranscriptionJob::finished);
    ASSERT_TRUE(job.start(lecture.id));
    ASSERT_TRUE(finished.wait(kJobTimeoutMs));
    ASSERT_TRUE(job.result().ok()) << job.result().error().message.toStdString();

    EXPECT_GE(uploads(), 3) << "ten-minute chunks";
    // Uploads are named after their span on the lecture's timeline: lecture-<start>-<end>.ogg.
    qint64 firstMs = -1;
    qint64 lastMs = -1;
    for (const auto &request : server.requests()) {
        EXPECT_EQ(request.field(QStringLiteral("response_format")), QStringLiteral("verbose_json"));
        EXPECT_TRUE(request.fileName.endsWith(QStringLiteral(".ogg")));
        const QStringList span = request.fileName.chopped(4).split(u'-');
        const qint64 lengthMs = span.value(2).toLongLong() - span.value(1).toLongLong();
        if (span.value(1) == QLatin1String("0"))
            firstMs = lengthMs;
        if (span.value(2).toLongLong() == 25 * 60 * 1000)
            lastMs = lengthMs;
    }
    // A short first chunk gets the line busy early; short last ones keep Groq's time for what
    // is uploaded last short.
    EXPECT_GT(firstMs, 0);
    EXPECT_LE(firstMs, 75'000);
    EXPECT_GT(lastMs, 0);
    EXPECT_LE(lastMs, 90'000);
    ASSERT_FALSE(progress.isEmpty());
    const auto last = progress.last();
    EXPECT_EQ(last.at(0).toInt(), last.at(1).toInt()) << "every chunk done";
    EXPECT_EQ(last.at(2).toLongLong(), last.at(3).toLongLong()) << "all the audio done";
    expectCompleteTranscript(lecture.id, 25 * 60);
}

TEST_F(TranscriptionJobTest, OneFailureInFiveStillGivesTheWholeTranscriptOnce)
{
    const Lecture lecture = importLecture(25 * 60);
    server.addFault(fake::FaultRule::httpStatus(500).onPath(kTranscriptions).withProbability(0.05, 11));
    server.addFault(fake::FaultRule::httpStatus(503).onPath(kTranscriptions).withProbability(0.05, 12));
    server.addFault(fake::FaultRule::reset().onPath(kTranscriptions).withProbability(0.05, 13));
    server.addFault(fake::FaultRule::rateLimit(1).onPath(kTranscriptions).withProbability(0.05, 14));

    const auto outcome = run(lecture.id);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    expectCompleteTranscript(lecture.id, 25 * 60);
}

TEST_F(TranscriptionJobTest, AChunkRefusedAsTooLargeIsSplitAndStillComplete)
{
    const Lecture lecture = importLecture(6 * 60);
    server.addFault(fake::FaultRule::httpStatus(413).onPath(kTranscriptions).onRequests({2}));

    const auto outcome = run(lecture.id, shortChunks());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(uploads(), outcome->piecesUploaded);
    // Uploads are named after their span on the lecture's timeline: lecture-<start>-<end>.ogg.
    const auto spanOf = [](const QString &fileName) {
        const QStringList parts = fileName.chopped(4).split(u'-');
        return std::pair<qint64, qint64>(parts.value(1).toLongLong(), parts.value(2).toLongLong());
    };
    std::pair<qint64, qint64> refused{-1, -1};
    for (const auto &request : server.requests()) {
        if (request.status == 413)
            refused = spanOf(request.fileName);
    }
    ASSERT_GE(refused.first, 0);
    int halves = 0;
    for (const auto &request : server.requests()) {
        const auto span = spanOf(request.fileName);
        halves += (request.status == 200 && span != refused && span.first >= refused.first && span.second <= refused.second) ? 1 : 0;
    }
    EXPECT_EQ(halves, 2) << "the refused chunk was sent again as two halves";
    expectCompleteTranscript(lecture.id, 6 * 60);
}

TEST_F(TranscriptionJobTest, ACancelledRunResumesWithOnlyTheMissingChunks)
{
    const Lecture lecture = importLecture(6 * 60);
    test::setConcurrentRequests(*client, 1); // one chunk at a time, so a cancel catches the run midway
    {
        TranscriptionJob job(store(), *client);
        QSignalSpy finished(&job, &TranscriptionJob::finished);
        QObject::connect(&job, &TranscriptionJob::progressChanged, &job, [&job](int done, int total) {
            if (done == 1 && total > 1)
                job.cancel();
        });
        ASSERT_TRUE(job.start(lecture.id, shortChunks()));
        ASSERT_TRUE(finished.wait(kJobTimeoutMs));
        ASSERT_FALSE(job.result().ok());
        EXPECT_EQ(job.result().error().code, TranscriptionJob::cancelledCode());
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.activeRequests() == 0, 10000);
    const QString finishedChunk = server.requests().first().fileName;
    server.clearRecords();

    const auto outcome = run(lecture.id, shortChunks());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->piecesResumed, 1);
    EXPECT_GE(outcome->piecesUploaded, 1);
    EXPECT_EQ(uploads(), outcome->piecesUploaded) << "only the missing chunks are sent";
    for (const auto &request : server.requests())
        EXPECT_NE(request.fileName, finishedChunk) << "the finished chunk is not sent again";
    expectCompleteTranscript(lecture.id, 6 * 60);
}

TEST_F(TranscriptionJobTest, ARunThatDiedMidwayResumesWhereItStopped)
{
    const Lecture lecture = importLecture(6 * 60);
    test::setConcurrentRequests(*client, 1);
    {
        // The job goes away without a cancel, as when the app is killed.
        auto job = std::make_unique<TranscriptionJob>(store(), *client);
        bool oneDone = false;
        QObject::connect(job.get(), &TranscriptionJob::progressChanged, job.get(), [&oneDone](int done) { oneDone = oneDone || done >= 1; });
        ASSERT_TRUE(job->start(lecture.id, shortChunks()));
        QTRY_VERIFY_WITH_TIMEOUT(oneDone, kJobTimeoutMs);
        job.reset();
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.activeRequests() == 0, 10000);
    const QString finishedChunk = server.requests().first().fileName;
    server.clearRecords();

    const auto outcome = run(lecture.id, shortChunks());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_GE(outcome->piecesResumed, 1);
    EXPECT_EQ(uploads(), outcome->piecesUploaded) << "only the missing chunks are sent";
    for (const auto &request : server.requests())
        EXPECT_NE(request.fileName, finishedChunk) << "the finished chunk is not sent again";
    expectCompleteTranscript(lecture.id, 6 * 60);
}

TEST_F(TranscriptionJobTest, APieceGroqRefusesDoesNotCostTheOthers)
{
    const Lecture lecture = importLecture(6 * 60);
    server.addFault(fake::FaultRule::httpStatus(400).onPath(kTranscriptions).onRequests({1}));
    const auto failed = run(lecture.id, shortChunks());
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, QStringLiteral("request_rejected"));
    const int chunks = uploads();
    EXPECT_GE(chunks, 3) << "every chunk was still sent";
    QTRY_VERIFY_WITH_TIMEOUT(server.activeRequests() == 0, 10000);
    const QString refused = server.requests().first().fileName;
    server.clearRecords();
    server.clearFaults();

    const auto outcome = run(lecture.id, shortChunks());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->piecesResumed, chunks - 1);
    EXPECT_EQ(outcome->piecesUploaded, 1);
    ASSERT_EQ(uploads(), 1);
    EXPECT_EQ(server.requests().first().fileName, refused) << "only the refused chunk is sent again";
    expectCompleteTranscript(lecture.id, 6 * 60);
}

TEST_F(TranscriptionJobTest, TheSameAudioIsNeverSentTwice)
{
    const Lecture first = importLecture(6 * 60);
    ASSERT_TRUE(run(first.id, shortChunks()).ok());
    server.clearRecords();

    const Lecture second = importLecture(6 * 60);
    ASSERT_EQ(second.audioSha256, first.audioSha256);
    const auto outcome = run(second.id, shortChunks());
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome->fromCache);
    EXPECT_EQ(server.requestCount(), 0);
    expectCompleteTranscript(second.id, 6 * 60);

    const auto again = run(first.id, shortChunks());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->fromCache);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(TranscriptionJobTest, ServiceErrorsEndTheRunWithTheirCode)
{
    const Lecture lecture = importLecture(60);
    server.setApiKey(QStringLiteral("another key"));
    const auto outcome = run(lecture.id);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, QStringLiteral("invalid_api_key"));
}

TEST_F(TranscriptionJobTest, AnUnknownLectureIsReported)
{
    const auto outcome = run(QStringLiteral("no-such-lecture"));
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, QStringLiteral("not_found"));
}
