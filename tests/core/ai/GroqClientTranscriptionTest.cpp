#include "GroqClientFixture.h"

#include "TimeCode.h"
#include "WavWriter.h"

#include "audio/OggOpusWriter.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::fake;
using namespace lectern::test;

namespace {

QStringList wordTexts(const Transcription &transcription)
{
    QStringList words;
    for (const RecognizedWord &word : transcription.words)
        words.append(word.word);
    return words;
}

QStringList expectedWords(int first, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(u's' + QString::number(first + i));
    return words;
}

} // namespace

TEST_F(GroqClientTest, TranscribesTimeCodedAudioWithTheRightWordsAndTimes)
{
    // A window of the lecture that starts in the pause after second 119's code.
    const std::vector<qint16> lecture = TimeCodedAudio::generate(119, 21);
    const std::vector<qint16> window(lecture.begin() + 800 * 16, lecture.end());
    TranscriptionOptions options;
    options.language = QStringLiteral("en");
    options.prompt = QStringLiteral("Cell biology, week 3");
    options.wordTimestamps = true;
    TranscriptionReply *reply = client->transcribeData(WavWriter::encode(window), QStringLiteral("lecture.wav"), options);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);

    const Transcription &result = reply->transcription();
    EXPECT_EQ(result.durationMs, 20200);
    EXPECT_EQ(result.language, QStringLiteral("English"));
    EXPECT_EQ(wordTexts(result), expectedWords(120, 20));
    ASSERT_EQ(result.segments.size(), 4);
    EXPECT_EQ(result.segments[0].text, QStringLiteral("s120 s121 s122 s123 s124"));
    EXPECT_EQ(result.segments[0].startMs, 200);
    EXPECT_EQ(result.segments[0].endMs, 4880);
    EXPECT_EQ(result.segments[3].text, QStringLiteral("s135 s136 s137 s138 s139"));
    EXPECT_EQ(result.segments[3].startMs, 15200);
    EXPECT_LT(result.segments[3].noSpeechProb, 0.5);
    EXPECT_EQ(result.words[0], (RecognizedWord{QStringLiteral("s120"), 200, 880}));
    EXPECT_FALSE(result.groqRequestId.isEmpty());

    const RecordedRequest &sent = server.requests().last();
    EXPECT_EQ(sent.header("authorization"), "Bearer gsk_fake_test_key");
    EXPECT_EQ(sent.fileName, QStringLiteral("lecture.wav"));
    EXPECT_EQ(sent.fileContentType, "audio/x-wav");
    EXPECT_EQ(sent.field(QStringLiteral("model")), QStringLiteral("whisper-large-v3-turbo"));
    EXPECT_EQ(sent.field(QStringLiteral("language")), QStringLiteral("en"));
    EXPECT_EQ(sent.field(QStringLiteral("prompt")), QStringLiteral("Cell biology, week 3"));
    EXPECT_EQ(sent.field(QStringLiteral("response_format")), QStringLiteral("verbose_json"));
    EXPECT_EQ(sent.fields.value(QStringLiteral("timestamp_granularities[]")), (QStringList{QStringLiteral("segment"), QStringLiteral("word")}));
    EXPECT_FALSE(sent.fields.contains(QStringLiteral("temperature")));
}

TEST_F(GroqClientTest, UploadsAnOpusChunkFromDiskWithProgress)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chunk-0007.ogg"));
    ASSERT_TRUE(OggOpusWriter::encodeToFile(TimeCodedAudio::generate(600, 30), path).ok());

    TranscriptionOptions options;
    options.model = QStringLiteral("whisper-large-v3");
    options.temperature = 0.0;
    options.wordTimestamps = true;
    TranscriptionReply *reply = client->transcribeFile(path, options);
    QSignalSpy progress(reply, &GroqReply::uploadProgress);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);

    EXPECT_EQ(wordTexts(reply->transcription()), expectedWords(600, 30));
    for (int i = 0; i < reply->transcription().words.size(); ++i)
        EXPECT_NEAR(double(reply->transcription().words[i].startMs), i * 1000.0, 15.0) << "word " << i;
    ASSERT_FALSE(progress.isEmpty());
    const qint64 sent = progress.last().at(0).toLongLong();
    EXPECT_EQ(sent, progress.last().at(1).toLongLong());
    EXPECT_GT(sent, QFileInfo(path).size());
    EXPECT_EQ(server.requests().last().fileSize, QFileInfo(path).size());
    EXPECT_EQ(server.requests().last().field(QStringLiteral("model")), QStringLiteral("whisper-large-v3"));
    EXPECT_EQ(server.requests().last().field(QStringLiteral("temperature")), QStringLiteral("0"));
}

TEST_F(GroqClientTest, SilentAudioIsAnEmptyTranscript)
{
    TranscriptionReply *reply = client->transcribeData(WavWriter::encode(std::vector<qint16>(16000 * 2, 0)), QStringLiteral("quiet.wav"));
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_TRUE(reply->transcription().text.isEmpty());
    ASSERT_EQ(reply->transcription().segments.size(), 1);
    EXPECT_GT(reply->transcription().segments[0].noSpeechProb, 0.9);
}

TEST_F(GroqClientTest, TooLargeUploadsAreNotRetried)
{
    server.setMaxUploadBytes(50'000);
    TranscriptionReply *reply = client->transcribeData(WavWriter::encode(TimeCodedAudio::generate(0, 5)), QStringLiteral("big.wav"));
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kTooLarge);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("smaller pieces")));
    EXPECT_EQ(reply->httpStatus(), 413);
    EXPECT_EQ(reply->attempts(), 1);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(GroqClientTest, TooShortAudioIsRejectedWithGroqsReason)
{
    TranscriptionReply *reply = client->transcribeData(WavWriter::encode(std::vector<qint16>(80, 500)), QStringLiteral("blip.wav"));
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kRequestRejected);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("too short"))) << describe(reply);
    EXPECT_EQ(reply->attempts(), 1);
}

TEST_F(GroqClientTest, AMissingFileIsReportedWithItsPath)
{
    TranscriptionReply *reply = client->transcribeFile(QStringLiteral("/nonexistent/lecture-3.ogg"));
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kUnreadableFile);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("/nonexistent/lecture-3.ogg")));
    EXPECT_EQ(server.requestCount(), 0);
}
