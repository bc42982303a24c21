// `lectern-cli transcribe` against the fake Groq server, with recordings that say what time it is.
#include "CliTestSupport.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"
#include "TimeCode.h"
#include "WavWriter.h"

#include <QRegularExpression>

#include <optional>

using namespace lectern;

namespace {

const QString kTranscriptions = QStringLiteral("/audio/transcriptions");

class TranscribeCommandTest : public test::CliLibraryTest
{
protected:
    void SetUp() override
    {
        CliLibraryTest::SetUp();
        ASSERT_TRUE(m_audioDir.isValid());
        ASSERT_TRUE(server.listen().ok());
        m_groq.emplace(server);
    }

    // A WAV recording whose second n carries the time code n, which the fake transcribes as "s<n>".
    QString recording(const QString &name, int seconds)
    {
        const QString path = m_audioDir.filePath(name);
        const Status written = fake::WavWriter::writeFile(path, fake::TimeCodedAudio::generate(0, seconds));
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return path;
    }

    int uploads() const
    {
        int count = 0;
        for (const auto &request : server.requests())
            count += request.path.endsWith(kTranscriptions) ? 1 : 0;
        return count;
    }

    // The words of the stored transcript, in order.
    QStringList transcriptWords(const QString &lectureId)
    {
        QStringList words;
        withStore([&](LibraryStore &store) {
            const auto segments = store.segments(lectureId);
            ASSERT_TRUE(segments.ok());
            for (const TranscriptSegment &segment : *segments)
                words += segment.text.split(u' ', Qt::SkipEmptyParts);
        });
        return words;
    }

    static QStringList spokenSeconds(int seconds)
    {
        QStringList words;
        for (int n = 0; n < seconds; ++n)
            words.append(u's' + QString::number(n));
        return words;
    }

    fake::FakeGroqServer server;
    QTemporaryDir m_audioDir;

private:
    std::optional<fake::GroqEnvironment> m_groq;
};

} // namespace

TEST_F(TranscribeCommandTest, AFileIsImportedTranscribedAndItsIdPrinted)
{
    const QString file = recording(QStringLiteral("genetics-week-3.wav"), 40);
    const test::CliOutput run =
        this->run({QStringLiteral("transcribe"), file, QStringLiteral("--course"), QStringLiteral("Genetics")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();

    const QStringList ids = run.outLines();
    ASSERT_EQ(ids.size(), 1) << run.out.toStdString();
    EXPECT_EQ(transcriptWords(ids.first()), spokenSeconds(40));
    withStore([&](LibraryStore &store) {
        const auto lecture = store.lecture(ids.first());
        ASSERT_TRUE(lecture.ok());
        EXPECT_EQ(lecture->title, QStringLiteral("Genetics week 3"));
        EXPECT_EQ(store.course(lecture->courseId)->name, QStringLiteral("Genetics"));
    });
    EXPECT_EQ(uploads(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Imported genetics-week-3.wav as \"Genetics week 3\" (0:40)."))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Transcribing \"Genetics week 3\"  1 of 1 chunks  0:40 of 0:40  100%")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QRegularExpression(QStringLiteral("Transcribed \"Genetics week 3\": \\d+ segments?\\."))))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u'\r')) << "no redraws where no terminal is watching";
}

TEST_F(TranscribeCommandTest, TheSameRecordingIsNeverSentTwice)
{
    const QString file = recording(QStringLiteral("lecture.wav"), 20);
    const test::CliOutput first = this->run({QStringLiteral("transcribe"), file});
    ASSERT_EQ(first.code, cli::Success) << first.err.toStdString();
    const QString id = first.outLines().value(0);
    ASSERT_EQ(uploads(), 1);

    // Again by id prefix: the lecture's transcript is rebuilt from the cache.
    const test::CliOutput again = this->run({QStringLiteral("transcribe"), id.left(6)});
    ASSERT_EQ(again.code, cli::Success) << again.err.toStdString();
    EXPECT_EQ(again.outLines(), QStringList{id});
    EXPECT_TRUE(again.err.contains(QStringLiteral("nothing was uploaded"))) << again.err.toStdString();
    EXPECT_EQ(uploads(), 1);
    EXPECT_EQ(transcriptWords(id), spokenSeconds(20));
}

TEST_F(TranscribeCommandTest, AWrongKeyIsAServiceErrorThatSaysSo)
{
    server.setApiKey(QStringLiteral("gsk_the_real_one"));
    const test::CliOutput run = this->run({QStringLiteral("transcribe"), recording(QStringLiteral("talk.wav"), 12)});
    EXPECT_EQ(run.code, cli::ServiceError);
    EXPECT_TRUE(run.err.contains(QStringLiteral("key"), Qt::CaseInsensitive)) << run.err.toStdString();
    // The import itself worked and stays: the next try needs only the right key.
    withStore([&](LibraryStore &store) {
        const auto lectures = store.lectures({});
        ASSERT_TRUE(lectures.ok());
        EXPECT_TRUE(std::any_of(lectures->cbegin(), lectures->cend(), [](const Lecture &l) { return l.title == QStringLiteral("Talk"); }));
    });
}

TEST_F(TranscribeCommandTest, WithoutAKeyItSaysWhereToPutOne)
{
    qunsetenv("GROQ_API_KEY");
    // Nor a keychain to find one in, even on a developer's desktop.
    const fake::ScopedEnvironmentVariable noBus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lectern-test-bus");
    const test::CliOutput run = this->run({QStringLiteral("transcribe"), recording(QStringLiteral("talk.wav"), 12)});
    EXPECT_EQ(run.code, cli::ServiceError);
    EXPECT_TRUE(run.err.contains(QStringLiteral("GROQ_API_KEY"))) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(TranscribeCommandTest, InputProblemsAreInputErrorsNamingTheCause)
{
    QFile corrupt(m_audioDir.filePath(QStringLiteral("broken.mp3")));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(QByteArray(4096, '\x5a'));
    corrupt.close();
    const test::CliOutput broken = this->run({QStringLiteral("transcribe"), corrupt.fileName()});
    EXPECT_EQ(broken.code, cli::InputError);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("broken.mp3"))) << broken.err.toStdString();
    EXPECT_TRUE(broken.out.isEmpty());

    // "Guest talk" was written by hand: there is nothing to listen to.
    const test::CliOutput noAudio = this->run({QStringLiteral("transcribe"), m_bare.id});
    EXPECT_EQ(noAudio.code, cli::InputError);
    EXPECT_TRUE(noAudio.err.contains(QStringLiteral("\"Guest talk\" has no recording to transcribe"))) << noAudio.err.toStdString();

    const test::CliOutput unknown = this->run({QStringLiteral("transcribe"), QStringLiteral("ffffffff")});
    EXPECT_EQ(unknown.code, cli::InputError);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(TranscribeCommandTest, UsageMistakesAreUsageErrors)
{
    EXPECT_EQ(this->run({QStringLiteral("transcribe")}).code, cli::UsageError);
    EXPECT_EQ(this->run({QStringLiteral("transcribe"), m_lecture.id, m_bare.id}).code, cli::UsageError);
    const test::CliOutput courseWithId =
        this->run({QStringLiteral("transcribe"), m_lecture.id, QStringLiteral("--course"), QStringLiteral("Biology")});
    EXPECT_EQ(courseWithId.code, cli::UsageError);
    EXPECT_TRUE(courseWithId.err.contains(QStringLiteral("is not a file"))) << courseWithId.err.toStdString();
    const test::CliOutput language = this->run(
        {QStringLiteral("transcribe"), recording(QStringLiteral("a.wav"), 12), QStringLiteral("--language"), QStringLiteral("klingon")});
    EXPECT_EQ(language.code, cli::UsageError);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(TranscribeCommandTest, AModelAndLanguageGoToGroq)
{
    const test::CliOutput run = this->run({QStringLiteral("transcribe"), recording(QStringLiteral("vorlesung.wav"), 12),
                                           QStringLiteral("--model"), QStringLiteral("whisper-large-v3"),
                                           QStringLiteral("--language"), QStringLiteral("de")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    ASSERT_EQ(uploads(), 1);
    const auto &request = server.requests().constLast();
    EXPECT_EQ(request.field(QStringLiteral("model")), QStringLiteral("whisper-large-v3"));
    EXPECT_EQ(request.field(QStringLiteral("language")), QStringLiteral("de"));
}

// Eleven minutes make several chunks. Groq refuses the second upload; the others are kept, and a
// second run sends only the refused one.
TEST_F(TranscribeCommandTest, AFailedRunResumesWithOnlyTheMissingChunk)
{
    const int seconds = 11 * 60;
    server.addFault(fake::FaultRule::httpStatus(400).onPath(kTranscriptions).onRequests({2}));
    const test::CliOutput failed = this->run({QStringLiteral("transcribe"), recording(QStringLiteral("long.wav"), seconds)});
    ASSERT_EQ(failed.code, cli::ServiceError) << failed.err.toStdString();
    const int chunks = uploads();
    ASSERT_GE(chunks, 2) << "every chunk was sent once";
    QString id;
    withStore([&](LibraryStore &store) {
        const auto lectures = store.lectures({});
        ASSERT_TRUE(lectures.ok());
        for (const Lecture &lecture : *lectures)
            id = lecture.title == QStringLiteral("Long") ? lecture.id : id;
    });
    ASSERT_FALSE(id.isEmpty());

    server.clearFaults();
    const test::CliOutput resumed = this->run({QStringLiteral("transcribe"), id});
    ASSERT_EQ(resumed.code, cli::Success) << resumed.err.toStdString();
    EXPECT_EQ(uploads(), chunks + 1) << "only the chunk Groq refused is sent again";
    const QString kept = chunks - 1 == 1 ? QStringLiteral("1 chunk") : QString::number(chunks - 1) + QStringLiteral(" chunks");
    EXPECT_TRUE(resumed.err.contains(QStringLiteral("Transcribed \"Long\": ") + kept + QStringLiteral(" kept from the interrupted run, the rest sent now.")))
        << resumed.err.toStdString();
    EXPECT_EQ(transcriptWords(id), spokenSeconds(seconds));
}
