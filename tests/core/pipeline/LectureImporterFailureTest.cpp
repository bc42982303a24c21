// Imports that must fail, and what they leave behind: nothing.
#include "pipeline/LectureImporter.h"

#include "ImportTestSupport.h"
#include "audio/AudioError.h"
#include "pipeline/CancelToken.h"
#include "pipeline/ImportError.h"

#include <gtest/gtest.h>

using namespace lectern;
using test::ImportTest;

TEST_F(ImportTest, RandomBytesAreRejectedNamingTheFile)
{
    const Result<Lecture> lecture =
        LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("corrupt-noise.mp3")));
    ASSERT_FALSE(lecture.ok());
    EXPECT_TRUE(lecture.error().code.startsWith(QStringLiteral("audio."))) << lecture.error().code.toStdString();
    EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("corrupt-noise.mp3"))) << lecture.error().message.toStdString();
    expectNothingImported();
}

TEST_F(ImportTest, AnEmptyFileIsRejectedNamingTheFile)
{
    for (const AudioStorage storage : {AudioStorage::Original, AudioStorage::CompactOpus}) {
        ImportOptions options;
        options.storage = storage;
        const Result<Lecture> lecture =
            LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("empty.wav")), options);
        ASSERT_FALSE(lecture.ok());
        EXPECT_EQ(lecture.error().code, AudioError::Empty);
        EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("empty.wav"))) << lecture.error().message.toStdString();
        expectNothingImported();
    }
}

TEST_F(ImportTest, AMissingFileIsRejectedNamingTheFile)
{
    const Result<Lecture> lecture = LectureImporter::importFile(store(), m_scratchDir.filePath(QStringLiteral("gone.mp3")));
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, AudioError::FileMissing);
    EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("gone.mp3")));
    expectNothingImported();
}

TEST_F(ImportTest, ARecordingOverTheLengthLimitIsRejected)
{
    ImportOptions options;
    options.decode.maxDurationMs = 10'000;
    const Result<Lecture> lecture =
        LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav")), options);
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, AudioError::TooLong);
    EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("cell-biology-intro.wav")));
    expectNothingImported();
}

TEST_F(ImportTest, AnInvalidLanguageIsRejectedBeforeDecoding)
{
    ImportOptions options;
    options.language = QStringLiteral("english");
    const Result<Lecture> lecture =
        LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav")), options,
                                    [](ImportStage, double) { ADD_FAILURE() << "no work should start"; });
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, ImportError::InvalidLanguage);
    EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("english")));
    expectNothingImported();
}

TEST_F(ImportTest, ACourseThatDoesNotExistIsFoundBeforeDecoding)
{
    ImportOptions options;
    options.courseId = QStringLiteral("no-such-course");
    const Result<Lecture> lecture =
        LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav")), options,
                                    [](ImportStage, double) { ADD_FAILURE() << "no work should start"; });
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, QStringLiteral("not_found"));
    expectNothingImported();
}

TEST_F(ImportTest, AFailedInsertRemovesTheStagedAudio)
{
    const auto course = store().createCourse(QStringLiteral("Deleted meanwhile"));
    ASSERT_TRUE(course.ok());
    ImportOptions options;
    options.courseId = course->id;
    Result<PreparedLecture> prepared =
        LectureImporter::prepare(test::sampleFile(QStringLiteral("cell-biology-intro.wav")), options, libraryDir());
    ASSERT_TRUE(prepared.ok()) << prepared.error().message.toStdString();
    ASSERT_TRUE(prepared->stagedAudio.has_value());
    EXPECT_TRUE(QFileInfo::exists(prepared->stagedAudio->temporaryPath()));
    EXPECT_EQ(audioFiles().size(), 1) << "only the staged file, under its temporary name";

    // The course goes away (another device deleted it) while the audio was being prepared.
    ASSERT_TRUE(store().deleteCourse(course->id).ok());
    const Result<Lecture> lecture = LectureImporter::commit(store(), std::move(prepared).value());
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, QStringLiteral("not_found"));
    expectNothingImported();
}

TEST_F(ImportTest, DroppingAPreparedImportRemovesItsAudio)
{
    {
        Result<PreparedLecture> prepared =
            LectureImporter::prepare(test::sampleFile(QStringLiteral("cell-biology-intro.mp3")), {}, libraryDir());
        ASSERT_TRUE(prepared.ok());
        EXPECT_FALSE(audioFiles().isEmpty());
    }
    expectNothingImported();
}

TEST_F(ImportTest, CancellingWhileDecodingLeavesNothing)
{
    const QString recording = longRecording();
    CancelToken cancel;
    const Result<Lecture> lecture = LectureImporter::importFile(
        store(), recording, {},
        [&cancel](ImportStage stage, double fraction) {
            if (stage == ImportStage::Decoding && fraction > 0.0)
                cancel.cancel();
        },
        &cancel);
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, AudioError::Cancelled);
    EXPECT_TRUE(lecture.error().message.contains(QStringLiteral("long-lecture.wav")));
    expectNothingImported();
}

TEST_F(ImportTest, CancellingWhileStoringTheAudioLeavesNothing)
{
    const QString recording = longRecording();
    for (const AudioStorage storage : {AudioStorage::Original, AudioStorage::CompactOpus}) {
        CancelToken cancel;
        ImportOptions options;
        options.storage = storage;
        bool sawStagedFile = false;
        const Result<Lecture> lecture = LectureImporter::importFile(
            store(), recording, options,
            [&](ImportStage stage, double) {
                // Once part of the audio is written, under its temporary name.
                if (stage == ImportStage::StoringAudio && !audioFiles().isEmpty() && !cancel.isCancelled()) {
                    sawStagedFile = audioFiles().first().endsWith(QStringLiteral(".part"));
                    cancel.cancel();
                }
            },
            &cancel);
        ASSERT_FALSE(lecture.ok());
        EXPECT_EQ(lecture.error().code, AudioError::Cancelled);
        EXPECT_TRUE(sawStagedFile);
        expectNothingImported();
    }
}

TEST_F(ImportTest, ACancelledTokenStopsTheImportBeforeItStarts)
{
    CancelToken cancel;
    cancel.cancel();
    const Result<Lecture> lecture =
        LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav")), {}, {}, &cancel);
    ASSERT_FALSE(lecture.ok());
    EXPECT_EQ(lecture.error().code, AudioError::Cancelled);
    expectNothingImported();
}

TEST_F(ImportTest, ABatchGoesOnPastAFileThatFails)
{
    const QStringList paths = {test::sampleFile(QStringLiteral("cell-biology-intro.wav")),
                               test::sampleFile(QStringLiteral("corrupt-noise.mp3")),
                               test::sampleFile(QStringLiteral("empty.wav")),
                               test::sampleFile(QStringLiteral("cell-biology-intro.opus.ogg"))};
    QList<int> finishedOrder;
    QList<int> progressFiles;
    const QList<ImportOutcome> outcomes = LectureImporter::importFiles(
        store(), paths, {},
        [&progressFiles](int index, ImportStage, double) {
            if (progressFiles.isEmpty() || progressFiles.last() != index)
                progressFiles.append(index);
        },
        [&finishedOrder](int index, const ImportOutcome &) { finishedOrder.append(index); });

    ASSERT_EQ(outcomes.size(), 4);
    EXPECT_EQ(finishedOrder, (QList<int>{0, 1, 2, 3}));
    EXPECT_EQ(progressFiles, (QList<int>{0, 1, 2, 3}));
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(outcomes[i].path, paths[i]);
    EXPECT_TRUE(outcomes[0].ok());
    EXPECT_FALSE(outcomes[1].ok());
    EXPECT_TRUE(outcomes[1].lecture.error().message.contains(QStringLiteral("corrupt-noise.mp3")));
    EXPECT_EQ(outcomes[2].lecture.error().code, AudioError::Empty);
    EXPECT_TRUE(outcomes[3].ok());
    EXPECT_EQ(test::allLectures(store()).size(), 2);
    EXPECT_EQ(audioFiles().size(), 2);
}

TEST_F(ImportTest, ACancelledBatchReportsTheRestAsCancelled)
{
    const QStringList paths = {test::sampleFile(QStringLiteral("cell-biology-intro.wav")),
                               test::sampleFile(QStringLiteral("cell-biology-intro.mp3")),
                               test::sampleFile(QStringLiteral("cell-biology-intro.opus.ogg"))};
    CancelToken cancel;
    const QList<ImportOutcome> outcomes = LectureImporter::importFiles(
        store(), paths, {}, {},
        [&cancel](int index, const ImportOutcome &) {
            if (index == 0)
                cancel.cancel();
        },
        &cancel);
    ASSERT_EQ(outcomes.size(), 3);
    EXPECT_TRUE(outcomes[0].ok());
    EXPECT_EQ(outcomes[1].lecture.error().code, AudioError::Cancelled);
    EXPECT_EQ(outcomes[2].lecture.error().code, AudioError::Cancelled);
    EXPECT_EQ(test::allLectures(store()).size(), 1);
}

TEST_F(ImportTest, StagedFilesLeftByACrashAreCleanedUp)
{
    const QString folder = LectureImporter::audioDirectory(libraryDir());
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile abandoned(QDir(folder).filePath(QStringLiteral(".0123.mp3.AbCdEf.part")));
    ASSERT_TRUE(abandoned.open(QIODevice::WriteOnly));
    abandoned.write("half a lecture");
    ASSERT_TRUE(abandoned.flush());
    ASSERT_TRUE(abandoned.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    abandoned.close();

    ASSERT_TRUE(LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav"))).ok());
    EXPECT_FALSE(abandoned.exists());
    EXPECT_EQ(audioFiles().size(), 1);
}
