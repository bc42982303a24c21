#include "pipeline/LectureImporter.h"

#include "ImportTestSupport.h"
#include "audio/AudioDecoder.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace lectern;
using test::ImportTest;

namespace {

struct SampleCase
{
    const char *fileName;
    const char *extension;
    qint64 durationMs; // as the audio tests measure it; the MP3 carries its encoder's padding
    AudioStorage storage;
};

void PrintTo(const SampleCase &c, std::ostream *os)
{
    *os << c.fileName << (c.storage == AudioStorage::Original ? " original" : " compact");
}

class SampleImport : public ImportTest, public ::testing::WithParamInterface<SampleCase>
{
};

constexpr qint64 kDecodeToleranceMs = 50;
constexpr qint64 kCompactToleranceMs = 100;

} // namespace

TEST_P(SampleImport, StoresTheAudioAndCreatesTheLecture)
{
    const SampleCase &sample = GetParam();
    const QString source = test::sampleFile(QString::fromLatin1(sample.fileName));
    ImportOptions options;
    options.storage = sample.storage;

    const Result<Lecture> imported = LectureImporter::importFile(store(), source, options);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    const Lecture &lecture = *imported;

    const QString hash = test::sha256Of(source);
    EXPECT_EQ(lecture.audioSha256, hash) << "the hash of the original file keys the transcription cache";
    EXPECT_NEAR(double(lecture.durationMs), double(sample.durationMs), double(kDecodeToleranceMs));
    EXPECT_EQ(lecture.title, QStringLiteral("Cell biology intro"));
    EXPECT_EQ(lecture.recordedAt.toSecsSinceEpoch(), QFileInfo(source).lastModified().toSecsSinceEpoch());
    EXPECT_TRUE(lecture.courseId.isEmpty());
    EXPECT_TRUE(lecture.language.isEmpty());

    const bool original = sample.storage == AudioStorage::Original;
    const QString expectedName =
        original ? QString(hash + u'.' + QLatin1String(sample.extension)) : QString(hash + QStringLiteral(".compact.opus"));
    EXPECT_EQ(lecture.audioPath, QStringLiteral("audio/") + expectedName);
    EXPECT_EQ(audioFiles(), QStringList{expectedName}) << "nothing staged is left beside the stored file";

    const QString stored = storedPath(lecture);
    if (original) {
        EXPECT_EQ(test::sha256Of(stored), hash) << "the original is stored byte for byte";
    } else {
        const Result<DecodedAudio> compact = AudioDecoder::decodeFile(stored);
        ASSERT_TRUE(compact.ok()) << compact.error().message.toStdString();
        EXPECT_NEAR(double(compact->durationMs()), double(lecture.durationMs), double(kCompactToleranceMs));
        const qint64 wavSize = QFileInfo(test::sampleFile(QStringLiteral("cell-biology-intro.wav"))).size();
        EXPECT_LT(QFileInfo(stored).size() * 5, wavSize) << "the compact copy is much smaller than the WAV";
    }

    const Result<Lecture> reread = store().lecture(lecture.id);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(*reread, lecture);
}

INSTANTIATE_TEST_SUITE_P(
    SharedSamples, SampleImport,
    ::testing::Values(SampleCase{"cell-biology-intro.wav", "wav", 25209, AudioStorage::Original},
                      SampleCase{"cell-biology-intro.mp3", "mp3", 25260, AudioStorage::Original},
                      SampleCase{"cell-biology-intro.opus.ogg", "ogg", 25209, AudioStorage::Original},
                      SampleCase{"cell-biology-intro.wav", "wav", 25209, AudioStorage::CompactOpus},
                      SampleCase{"cell-biology-intro.mp3", "mp3", 25260, AudioStorage::CompactOpus},
                      SampleCase{"cell-biology-intro.opus.ogg", "ogg", 25209, AudioStorage::CompactOpus}),
    [](const ::testing::TestParamInfo<SampleCase> &info) {
        std::string name = info.param.extension;
        name += info.param.storage == AudioStorage::Original ? "Original" : "Compact";
        return name;
    });

TEST_F(ImportTest, TheStudentsChoicesAreKept)
{
    const auto course = store().createCourse(QStringLiteral("Biology 101"));
    ASSERT_TRUE(course.ok());
    ImportOptions options;
    options.courseId = course->id;
    options.title = QStringLiteral("  Week 1: cells  ");
    options.recordedAt = QDateTime(QDate(2026, 10, 5), QTime(8, 15), Qt::UTC);
    options.language = QStringLiteral("EN");

    const Result<Lecture> lecture =
        LectureImporter::importFile(store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav")), options);
    ASSERT_TRUE(lecture.ok()) << lecture.error().message.toStdString();
    EXPECT_EQ(lecture->courseId, course->id);
    EXPECT_EQ(lecture->title, QStringLiteral("Week 1: cells"));
    EXPECT_EQ(lecture->recordedAt, options.recordedAt);
    EXPECT_EQ(lecture->language, QStringLiteral("en"));
    const auto filed = store().lectures(course->id);
    ASSERT_TRUE(filed.ok());
    ASSERT_EQ(filed->size(), 1);
    EXPECT_EQ(filed->first().id, lecture->id);
}

TEST_F(ImportTest, ImportingTheSameRecordingTwiceSharesItsStoredAudio)
{
    const QString source = test::sampleFile(QStringLiteral("cell-biology-intro.mp3"));
    const Result<Lecture> first = LectureImporter::importFile(store(), source);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();

    // The second import finds the stored file and stages nothing.
    Result<PreparedLecture> prepared = LectureImporter::prepare(source, {}, libraryDir());
    ASSERT_TRUE(prepared.ok()) << prepared.error().message.toStdString();
    EXPECT_FALSE(prepared->stagedAudio.has_value());
    const Result<Lecture> second = LectureImporter::commit(store(), std::move(prepared).value());
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();

    EXPECT_NE(first->id, second->id);
    EXPECT_EQ(first->audioPath, second->audioPath);
    EXPECT_EQ(first->audioSha256, second->audioSha256);
    EXPECT_EQ(audioFiles().size(), 1) << audioFiles().join(u' ').toStdString();
    EXPECT_EQ(test::allLectures(store()).size(), 2);
    const auto sharing = store().lecturesWithAudio(first->audioSha256);
    ASSERT_TRUE(sharing.ok());
    EXPECT_EQ(sharing->size(), 2);
}

TEST_F(ImportTest, TheOriginalAndTheCompactCopyOfOneRecordingAreDifferentFiles)
{
    const QString source = test::sampleFile(QStringLiteral("cell-biology-intro.opus.ogg"));
    ImportOptions compact;
    compact.storage = AudioStorage::CompactOpus;
    const Result<Lecture> asOriginal = LectureImporter::importFile(store(), source);
    const Result<Lecture> asCompact = LectureImporter::importFile(store(), source, compact);
    ASSERT_TRUE(asOriginal.ok());
    ASSERT_TRUE(asCompact.ok());
    EXPECT_NE(asOriginal->audioPath, asCompact->audioPath);
    EXPECT_EQ(asOriginal->audioSha256, asCompact->audioSha256);
    EXPECT_EQ(audioFiles().size(), 2);
    EXPECT_EQ(test::sha256Of(storedPath(*asOriginal)), test::sha256Of(source));
}

TEST_F(ImportTest, AStoredFileThatIsNotTheRecordingIsWrittenAgain)
{
    const QString source = test::sampleFile(QStringLiteral("cell-biology-intro.wav"));
    const QString hash = test::sha256Of(source);
    ASSERT_TRUE(QDir().mkpath(LectureImporter::audioDirectory(libraryDir())));
    QFile damaged(QDir(LectureImporter::audioDirectory(libraryDir())).filePath(hash + QStringLiteral(".wav")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("truncated");
    damaged.close();

    const Result<Lecture> lecture = LectureImporter::importFile(store(), source);
    ASSERT_TRUE(lecture.ok()) << lecture.error().message.toStdString();
    EXPECT_EQ(test::sha256Of(storedPath(*lecture)), hash);
}

TEST_F(ImportTest, ProgressRisesThroughTheStagesToOne)
{
    QList<std::pair<ImportStage, double>> reports;
    ImportOptions options;
    options.storage = AudioStorage::CompactOpus;
    const Result<Lecture> lecture = LectureImporter::importFile(
        store(), test::sampleFile(QStringLiteral("cell-biology-intro.wav")), options,
        [&reports](ImportStage stage, double fraction) { reports.append({stage, fraction}); });
    ASSERT_TRUE(lecture.ok());
    ASSERT_FALSE(reports.isEmpty());
    EXPECT_EQ(reports.first().first, ImportStage::Decoding);
    EXPECT_EQ(reports.first().second, 0.0);
    EXPECT_EQ(reports.last().first, ImportStage::Saving);
    EXPECT_EQ(reports.last().second, 1.0);
    for (qsizetype i = 1; i < reports.size(); ++i) {
        EXPECT_GE(reports[i].second, reports[i - 1].second) << "at report " << i;
        EXPECT_GE(int(reports[i].first), int(reports[i - 1].first)) << "stages go forward";
    }
    EXPECT_TRUE(std::any_of(reports.cbegin(), reports.cend(),
                            [](const auto &r) { return r.first == ImportStage::StoringAudio; }));
}

TEST(LectureImporterNames, TitlesComeFromTheFileName)
{
    EXPECT_EQ(LectureImporter::titleFromFileName(QStringLiteral("/x/cell-biology-intro.opus.ogg")),
              QStringLiteral("Cell biology intro"));
    EXPECT_EQ(LectureImporter::titleFromFileName(QStringLiteral("organic_chemistry__week_3.MP3")),
              QStringLiteral("Organic chemistry week 3"));
    EXPECT_EQ(LectureImporter::titleFromFileName(QStringLiteral("2024-03-05 Lecture 1.2.m4a")),
              QStringLiteral("2024-03-05 Lecture 1.2"));
    EXPECT_EQ(LectureImporter::titleFromFileName(QStringLiteral("Übung.notes.wav")), QStringLiteral("Übung notes"));
    EXPECT_EQ(LectureImporter::titleFromFileName(QStringLiteral("recording")), QStringLiteral("Recording"));
    EXPECT_EQ(LectureImporter::titleFromFileName(QStringLiteral("___.wav")), QStringLiteral("___.wav"));
}

TEST(LectureImporterNames, StoredFilesAreNamedByHashAndForm)
{
    const QString hash(64, u'a');
    EXPECT_EQ(LectureImporter::storedFileName(hash, QStringLiteral("talk.MP3"), AudioStorage::Original), hash + QStringLiteral(".mp3"));
    EXPECT_EQ(LectureImporter::storedFileName(hash, QStringLiteral("talk.opus"), AudioStorage::Original), hash + QStringLiteral(".opus"));
    EXPECT_EQ(LectureImporter::storedFileName(hash, QStringLiteral("talk.opus"), AudioStorage::CompactOpus),
              hash + QStringLiteral(".compact.opus"));
    EXPECT_EQ(LectureImporter::storedFileName(hash, QStringLiteral("talk"), AudioStorage::Original), hash);
    EXPECT_EQ(LectureImporter::storedFileName(hash, QStringLiteral("talk.w a~v"), AudioStorage::Original), hash + QStringLiteral(".wav"));
}
