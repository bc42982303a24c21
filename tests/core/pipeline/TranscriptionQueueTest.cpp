// The app's transcription queue: a worker thread with its own library connection and Groq client,
// against the fake Groq server over real sockets.
#include "pipeline/TranscriptionQueue.h"

#include "FakeGroqServer.h"
#include "TestGroqClient.h"
#include "TimeCode.h"
#include "WavWriter.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"
#include "pipeline/LectureImporter.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

constexpr int kTimeoutMs = 60000;

// Result has no empty state, so QVariant::value() cannot make one; the spy's copy is read in place.
const Result<TranscriptionOutcome> &outcomeOf(const QVariant &argument)
{
    return *static_cast<const Result<TranscriptionOutcome> *>(argument.constData());
}

class TranscriptionQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(server.listen().ok());
        m_studentsKey = server.options().apiKey;
    }

    // Lectures are imported before the service opens, through a connection of the test's own.
    QString importLecture(const QString &name, int seconds)
    {
        const QString wav = m_dir.filePath(name + QStringLiteral(".wav"));
        EXPECT_TRUE(fake::WavWriter::writeFile(wav, fake::TimeCodedAudio::generate(0, seconds)).ok());
        auto store = LibraryStore::open(m_dir.filePath(QStringLiteral("library")));
        EXPECT_TRUE(store.ok());
        const Result<Lecture> lecture = LectureImporter::importFile(**store, wav);
        EXPECT_TRUE(lecture.ok()) << (lecture.ok() ? "" : lecture.error().message.toStdString());
        return lecture.ok() ? lecture->id : QString();
    }

    LibraryService &service()
    {
        if (!m_service) {
            m_service = std::make_unique<LibraryService>(m_dir.filePath(QStringLiteral("library")));
            EXPECT_TRUE(m_service->open().result().ok());
        }
        return *m_service;
    }

    std::unique_ptr<TranscriptionQueue> makeQueue()
    {
        const QUrl url = server.baseUrl();
        const QString key = m_studentsKey;
        return std::make_unique<TranscriptionQueue>(
            service(), [url, key](QObject *parent) { return test::newTestGroqClient(url, key, parent); });
    }

    int segmentCount(const QString &lectureId)
    {
        return int(service().submit([lectureId](LibraryStore &s) { return s.segments(lectureId); }).result()->size());
    }

    fake::FakeGroqServer server;
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryService> m_service;
    QString m_studentsKey; // what the app's client sends; tests change what the server expects
};

} // namespace

TEST_F(TranscriptionQueueTest, LecturesAreTranscribedInTurnAndViewsHearOfIt)
{
    const QString first = importLecture(QStringLiteral("first"), 20);
    const QString second = importLecture(QStringLiteral("second"), 15);
    auto queue = makeQueue();
    QSignalSpy finished(queue.get(), &TranscriptionQueue::finished);
    QSignalSpy transcripts(&service(), &LibraryService::transcriptChanged);

    queue->enqueue(first);
    queue->enqueue(second);
    queue->enqueue(first); // already queued: nothing happens
    ASSERT_EQ(queue->entries().size(), 2);
    EXPECT_EQ(queue->entry(first)->state, TranscriptionQueue::State::Running);
    EXPECT_EQ(queue->entry(second)->state, TranscriptionQueue::State::Queued);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    EXPECT_EQ(finished.at(0).at(0).toString(), first);
    EXPECT_EQ(finished.at(1).at(0).toString(), second);
    for (const auto &signal : finished)
        EXPECT_TRUE(outcomeOf(signal.at(1)).ok());
    EXPECT_TRUE(queue->entries().isEmpty()) << "finished lectures leave the queue";
    EXPECT_FALSE(queue->isBusy());

    QStringList changed;
    for (const auto &signal : transcripts)
        changed.append(signal.at(0).toString());
    EXPECT_TRUE(changed.contains(first));
    EXPECT_TRUE(changed.contains(second));
    EXPECT_GT(segmentCount(first), 0);
    EXPECT_GT(segmentCount(second), 0);
}

TEST_F(TranscriptionQueueTest, ProgressIsReportedWhileItRuns)
{
    const QString lecture = importLecture(QStringLiteral("lecture"), 20);
    auto queue = makeQueue();
    QList<double> fractions;
    QObject::connect(queue.get(), &TranscriptionQueue::entryChanged, queue.get(), [&](const QString &id) {
        if (const auto *entry = queue->entry(id); entry && entry->state == TranscriptionQueue::State::Running)
            fractions.append(entry->fraction());
    });
    QSignalSpy finished(queue.get(), &TranscriptionQueue::finished);
    queue->enqueue(lecture);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    ASSERT_FALSE(fractions.isEmpty());
    EXPECT_DOUBLE_EQ(fractions.constLast(), 1.0) << "the last progress before it left the queue was complete";
}

TEST_F(TranscriptionQueueTest, AQueuedLectureTakenOutIsNeverSent)
{
    const QString first = importLecture(QStringLiteral("first"), 12);
    const QString second = importLecture(QStringLiteral("second"), 12);
    auto queue = makeQueue();
    QSignalSpy finished(queue.get(), &TranscriptionQueue::finished);
    queue->enqueue(first);
    queue->enqueue(second);
    queue->cancel(second);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.at(0).at(0).toString(), second);
    EXPECT_EQ(outcomeOf(finished.at(0).at(1)).error().code, QStringLiteral("cancelled"));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    EXPECT_EQ(finished.at(1).at(0).toString(), first);
    EXPECT_EQ(server.requestCount(), 1) << "only the first lecture went up";
    EXPECT_EQ(segmentCount(second), 0);
}

TEST_F(TranscriptionQueueTest, TheRunningLectureCanBeCancelled)
{
    const QString lecture = importLecture(QStringLiteral("lecture"), 12);
    server.addFault(fake::FaultRule::stall());
    auto queue = makeQueue();
    QSignalSpy started(&server, &fake::FakeGroqServer::requestStarted);
    QSignalSpy finished(queue.get(), &TranscriptionQueue::finished);
    queue->enqueue(lecture);
    ASSERT_TRUE(started.wait(kTimeoutMs)) << "the upload reached Groq";
    queue->cancel(lecture);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_EQ(outcomeOf(finished.at(0).at(1)).error().code, QStringLiteral("cancelled"));
    EXPECT_TRUE(queue->entries().isEmpty());
}

TEST_F(TranscriptionQueueTest, AFailureStaysWithItsReasonUntilRetried)
{
    const QString lecture = importLecture(QStringLiteral("lecture"), 12);
    server.setApiKey(QStringLiteral("gsk_a_key_the_student_did_not_enter"));
    auto queue = makeQueue();
    QSignalSpy finished(queue.get(), &TranscriptionQueue::finished);
    queue->enqueue(lecture);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_EQ(outcomeOf(finished.at(0).at(1)).error().code, QStringLiteral("invalid_api_key"));
    const auto *failed = queue->entry(lecture);
    ASSERT_NE(failed, nullptr);
    EXPECT_EQ(failed->state, TranscriptionQueue::State::Failed);
    EXPECT_EQ(failed->error.code, QStringLiteral("invalid_api_key"));
    EXPECT_FALSE(failed->error.message.isEmpty());

    server.setApiKey(m_studentsKey);
    queue->enqueue(lecture); // Retry
    EXPECT_EQ(queue->entry(lecture)->state, TranscriptionQueue::State::Running);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_TRUE(outcomeOf(finished.constLast().at(1)).ok());
    EXPECT_EQ(queue->entry(lecture), nullptr);
    EXPECT_GT(segmentCount(lecture), 0);
}

TEST_F(TranscriptionQueueTest, AFailedLectureCanBeDismissed)
{
    const QString lecture = importLecture(QStringLiteral("lecture"), 12);
    server.setApiKey(QStringLiteral("another key"));
    auto queue = makeQueue();
    QSignalSpy finished(queue.get(), &TranscriptionQueue::finished);
    queue->enqueue(lecture);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    ASSERT_NE(queue->entry(lecture), nullptr);
    queue->dismiss(lecture);
    EXPECT_EQ(queue->entry(lecture), nullptr);
}

TEST_F(TranscriptionQueueTest, DestroyingTheQueueMidwayStopsCleanly)
{
    const QString lecture = importLecture(QStringLiteral("lecture"), 12);
    server.addFault(fake::FaultRule::stall());
    auto queue = makeQueue();
    QSignalSpy started(&server, &fake::FakeGroqServer::requestStarted);
    queue->enqueue(lecture);
    ASSERT_TRUE(started.wait(kTimeoutMs));
    queue.reset(); // as when the student quits while a lecture is transcribing
    EXPECT_EQ(segmentCount(lecture), 0);
}
