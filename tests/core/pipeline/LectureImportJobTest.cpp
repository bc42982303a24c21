// The app's way in: imports that run off the calling thread and answer with signals.
#include "pipeline/LectureBatchImport.h"
#include "pipeline/LectureImportJob.h"

#include "ImportTestSupport.h"
#include "audio/AudioError.h"
#include "library/LibraryService.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace lectern;

namespace {

constexpr int kWaitMs = 120'000;

// A signal argument QSignalSpy recorded, for types QVariant::value() cannot make (no default
// constructor).
template<typename T>
const T &argument(const QVariant &recorded)
{
    EXPECT_EQ(recorded.metaType(), QMetaType::fromType<T>());
    return *static_cast<const T *>(recorded.constData());
}

class ImportJobTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_libraryDir.isValid());
        m_service = std::make_unique<LibraryService>(m_libraryDir.path());
        const Status opened = m_service->open().result();
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    }

    QList<Lecture> lectures()
    {
        return m_service->submit([](LibraryStore &store) -> Result<QList<Lecture>> { return test::allLectures(store); })
            .result()
            .value();
    }

    QStringList audioFiles() const { return test::audioFolderEntries(m_libraryDir.path()); }

    QTemporaryDir m_libraryDir;
    QTemporaryDir m_scratchDir;
    std::unique_ptr<LibraryService> m_service;
};

} // namespace

TEST_F(ImportJobTest, ImportsOffTheCallingThreadAndReportsProgress)
{
    LectureImportJob job(*m_service);
    QList<double> fractions;
    QStringList stages;
    QObject::connect(&job, &LectureImportJob::progress, [&](double fraction, const QString &stage) {
        fractions.append(fraction);
        stages.append(stage);
    });
    QSignalSpy finished(&job, &LectureImportJob::finished);
    ImportOptions options;
    options.storage = AudioStorage::CompactOpus;
    ASSERT_TRUE(job.start(test::sampleFile(QStringLiteral("cell-biology-intro.mp3")), options));
    EXPECT_TRUE(job.isRunning());
    EXPECT_FALSE(job.start(test::sampleFile(QStringLiteral("cell-biology-intro.wav")))) << "one import at a time";

    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(job.isRunning());
    const auto lecture = argument<Result<Lecture>>(finished.first().first());
    ASSERT_TRUE(lecture.ok()) << lecture.error().message.toStdString();
    EXPECT_NEAR(double(lecture->durationMs), 25260.0, 50.0);

    const QList<Lecture> stored = lectures();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().id, lecture->id);
    EXPECT_EQ(audioFiles(), QStringList{lecture->audioSha256 + QStringLiteral(".compact.opus")});

    ASSERT_FALSE(fractions.isEmpty());
    EXPECT_TRUE(std::is_sorted(fractions.cbegin(), fractions.cend()));
    EXPECT_EQ(fractions.last(), 1.0);
    EXPECT_TRUE(stages.contains(QStringLiteral("Decoding")));
    EXPECT_TRUE(stages.contains(QStringLiteral("Saving")));
}

TEST_F(ImportJobTest, ABadFileFinishesWithItsError)
{
    LectureImportJob job(*m_service);
    QSignalSpy finished(&job, &LectureImportJob::finished);
    ASSERT_TRUE(job.start(test::sampleFile(QStringLiteral("corrupt-noise.mp3"))));
    ASSERT_TRUE(finished.wait(kWaitMs));
    const auto lecture = argument<Result<Lecture>>(finished.first().first());
    ASSERT_FALSE(lecture.ok());
    EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("corrupt-noise.mp3")));
    EXPECT_TRUE(lectures().isEmpty());
    EXPECT_TRUE(audioFiles().isEmpty());
}

TEST_F(ImportJobTest, CancelLeavesNothingBehind)
{
    test::AudioFixtures fixtures(m_scratchDir.path());
    const Result<QString> recording = fixtures.longToneWav(QStringLiteral("long-lecture.wav"), 600);
    ASSERT_TRUE(recording.ok()) << recording.error().message.toStdString();

    LectureImportJob job(*m_service);
    QObject::connect(&job, &LectureImportJob::progress, &job, [&job](double fraction) {
        if (fraction > 0.0)
            job.cancel();
    });
    QSignalSpy finished(&job, &LectureImportJob::finished);
    ASSERT_TRUE(job.start(*recording));
    ASSERT_TRUE(finished.wait(kWaitMs));
    const auto lecture = argument<Result<Lecture>>(finished.first().first());
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, AudioError::Cancelled);
    EXPECT_TRUE(lectures().isEmpty());
    EXPECT_TRUE(audioFiles().isEmpty()) << audioFiles().join(u' ').toStdString();
}

TEST_F(ImportJobTest, DestroyingARunningJobStopsItAndLeavesNothing)
{
    test::AudioFixtures fixtures(m_scratchDir.path());
    const Result<QString> recording = fixtures.longToneWav(QStringLiteral("long-lecture.wav"), 600);
    ASSERT_TRUE(recording.ok());
    {
        LectureImportJob job(*m_service);
        QSignalSpy progress(&job, &LectureImportJob::progress);
        ASSERT_TRUE(job.start(*recording));
        ASSERT_TRUE(progress.wait(kWaitMs));
    }
    EXPECT_TRUE(lectures().isEmpty());
    EXPECT_TRUE(audioFiles().isEmpty()) << audioFiles().join(u' ').toStdString();
}

TEST_F(ImportJobTest, ALibraryThatIsNotOpenKeepsNoStagedAudio)
{
    QTemporaryDir closedDir;
    LibraryService closed(closedDir.path());
    LectureImportJob job(closed);
    QSignalSpy finished(&job, &LectureImportJob::finished);
    ASSERT_TRUE(job.start(test::sampleFile(QStringLiteral("cell-biology-intro.wav"))));
    ASSERT_TRUE(finished.wait(kWaitMs));
    const auto lecture = argument<Result<Lecture>>(finished.first().first());
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, QStringLiteral("library_not_open"));
    EXPECT_TRUE(test::audioFolderEntries(closedDir.path()).isEmpty());
}

TEST_F(ImportJobTest, ABatchReportsEveryFileAndGoesOnPastFailures)
{
    LectureBatchImport batch(*m_service);
    QSignalSpy fileFinished(&batch, &LectureBatchImport::fileFinished);
    QSignalSpy finished(&batch, &LectureBatchImport::finished);
    QList<double> fractions;
    QObject::connect(&batch, &LectureBatchImport::progress, [&fractions](double fraction) { fractions.append(fraction); });
    const QStringList paths = {test::sampleFile(QStringLiteral("cell-biology-intro.wav")),
                               test::sampleFile(QStringLiteral("empty.wav")),
                               test::sampleFile(QStringLiteral("cell-biology-intro.opus.ogg"))};
    ASSERT_TRUE(batch.start(paths));
    ASSERT_TRUE(finished.wait(kWaitMs));

    ASSERT_EQ(fileFinished.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(fileFinished[i][0].toInt(), i);
        EXPECT_EQ(argument<ImportOutcome>(fileFinished[i][1]).path, paths[i]);
    }
    const auto outcomes = finished.first().first().value<QList<ImportOutcome>>();
    ASSERT_EQ(outcomes.size(), 3);
    EXPECT_TRUE(outcomes[0].ok());
    EXPECT_EQ(outcomes[1].lecture.error().code, AudioError::Empty);
    EXPECT_TRUE(outcomes[2].ok());
    EXPECT_EQ(lectures().size(), 2);
    EXPECT_TRUE(std::is_sorted(fractions.cbegin(), fractions.cend()));
    EXPECT_EQ(fractions.last(), 1.0);
}

TEST_F(ImportJobTest, ACancelledBatchReportsTheRestAsCancelled)
{
    LectureBatchImport batch(*m_service);
    QObject::connect(&batch, &LectureBatchImport::fileFinished, &batch, [&batch](int index) {
        if (index == 0)
            batch.cancel();
    });
    QSignalSpy finished(&batch, &LectureBatchImport::finished);
    ASSERT_TRUE(batch.start({test::sampleFile(QStringLiteral("cell-biology-intro.wav")),
                             test::sampleFile(QStringLiteral("cell-biology-intro.mp3"))}));
    ASSERT_TRUE(finished.wait(kWaitMs));
    const auto outcomes = finished.first().first().value<QList<ImportOutcome>>();
    ASSERT_EQ(outcomes.size(), 2);
    EXPECT_TRUE(outcomes[0].ok());
    EXPECT_EQ(outcomes[1].lecture.error().code, AudioError::Cancelled);
    EXPECT_EQ(lectures().size(), 1);
}

TEST_F(ImportJobTest, AnEmptyBatchFinishesAfterStartReturns)
{
    LectureBatchImport batch(*m_service);
    QSignalSpy finished(&batch, &LectureBatchImport::finished);
    ASSERT_TRUE(batch.start({}));
    EXPECT_EQ(finished.size(), 0);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.first().first().value<QList<ImportOutcome>>().isEmpty());
}
