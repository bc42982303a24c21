#include "CliTestSupport.h"

#include "SubtitleParser.h"

#include <QDir>
#include <QFile>

using namespace lectern;
using test::CliLibraryTest;
using test::SubtitleSyntax;

namespace {
QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

TEST_F(CliLibraryTest, SrtOnStdoutReadsBackAsTheTranscript)
{
    const test::CliOutput run = this->run({QStringLiteral("export"), m_lecture.id.left(8), QStringLiteral("--format"), QStringLiteral("srt")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_TRUE(run.out.contains(QStringLiteral("\n00:00:04,200 --> 00:00:09,850\n"))) << run.out.toStdString();
    const test::ParsedSubtitles parsed = test::parseSubtitles(run.out, SubtitleSyntax::Srt);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString() << "\n" << run.out.toStdString();
    const QList<TranscriptSegment> segments = transcript();
    ASSERT_EQ(parsed.cues.size(), segments.size());
    for (int i = 0; i < segments.size(); ++i) {
        EXPECT_EQ(parsed.cues[i].identifier, QString::number(i + 1));
        EXPECT_EQ(parsed.cues[i].startMs, segments[i].startMs);
        EXPECT_EQ(parsed.cues[i].endMs, segments[i].endMs);
    }
    EXPECT_EQ(parsed.cues[0].text, segments[0].text);
    EXPECT_EQ(parsed.cues[2].text, QStringLiteral("Osmosis moves water across the membrane → inside."));
    EXPECT_EQ(parsed.cues[3].text, segments[3].text);
}

TEST_F(CliLibraryTest, VttGoesToTheOutputFileItsExtensionNames)
{
    const QString path = m_dir.filePath(QStringLiteral("membranes.vtt"));
    const test::CliOutput run = this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--output"), path});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("Exported \"Cell membranes\" to "))) << run.err.toStdString();

    const QString vtt = readFile(path);
    EXPECT_TRUE(vtt.contains(QStringLiteral("\n01:00:00.250 --> 01:00:04.000\n"))) << vtt.toStdString();
    const test::ParsedSubtitles parsed = test::parseSubtitles(vtt, SubtitleSyntax::WebVtt);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString() << "\n" << vtt.toStdString();
    const QList<TranscriptSegment> segments = transcript();
    ASSERT_EQ(parsed.cues.size(), segments.size());
    for (int i = 0; i < segments.size(); ++i) {
        EXPECT_EQ(parsed.cues[i].startMs, segments[i].startMs);
        EXPECT_EQ(parsed.cues[i].endMs, segments[i].endMs);
        EXPECT_EQ(test::unescapeVtt(parsed.cues[i].text), segments[i].text);
    }
}

TEST_F(CliLibraryTest, MarkdownAndTextCarryTheWholeLecture)
{
    const test::CliOutput md = this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(md.code, cli::Success) << md.err.toStdString();
    EXPECT_TRUE(md.out.startsWith(QStringLiteral("# Cell membranes\n\n- **Course:** Biology 101\n"))) << md.out.toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("- **Duration:** 45:12\n")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("## Notes\n\nAsk about membrane proteins.\n")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("**[0:01:05]** Osmosis moves water across the membrane --\\> inside.\n")))
        << md.out.toStdString();

    const QString path = m_dir.filePath(QStringLiteral("membranes.txt"));
    const test::CliOutput txt = this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--format"),
                                           QStringLiteral("txt"), QStringLiteral("--output"), path});
    ASSERT_EQ(txt.code, cli::Success) << txt.err.toStdString();
    const QString text = readFile(path);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Cell membranes\n==============\nCourse: Biology 101\n"))) << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("[1:00:00] Proteins & channels <gate> the flow.\n")));
}

TEST_F(CliLibraryTest, SubtitlesOfAnUntranscribedLectureAreAnInputError)
{
    const test::CliOutput srt = this->run({QStringLiteral("export"), m_bare.id, QStringLiteral("--format"), QStringLiteral("srt")});
    EXPECT_EQ(srt.code, cli::InputError);
    EXPECT_TRUE(srt.out.isEmpty());
    EXPECT_TRUE(srt.err.contains(QStringLiteral("\"Guest talk\" has no transcript yet"))) << srt.err.toStdString();

    const QString path = m_dir.filePath(QStringLiteral("guest.vtt"));
    EXPECT_EQ(this->run({QStringLiteral("export"), m_bare.id, QStringLiteral("--output"), path}).code, cli::InputError);
    EXPECT_FALSE(QFile::exists(path)) << "no empty subtitle file is left behind";

    EXPECT_EQ(this->run({QStringLiteral("export"), m_bare.id, QStringLiteral("--format"), QStringLiteral("md")}).code,
              cli::Success);
}

TEST_F(CliLibraryTest, ExportArgumentsAreChecked)
{
    const test::CliOutput badFormat =
        this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--format"), QStringLiteral("docx")});
    EXPECT_EQ(badFormat.code, cli::UsageError);
    EXPECT_TRUE(badFormat.err.contains(QStringLiteral("md|txt|srt|vtt|pdf|anki"))) << badFormat.err.toStdString();

    const test::CliOutput pdfOnTerminal =
        this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(pdfOnTerminal.code, cli::UsageError);
    EXPECT_TRUE(pdfOnTerminal.err.contains(QStringLiteral("--output FILE.pdf"))) << pdfOnTerminal.err.toStdString();

    const test::CliOutput noFormat = this->run({QStringLiteral("export"), m_lecture.id});
    EXPECT_EQ(noFormat.code, cli::UsageError);
    EXPECT_TRUE(noFormat.err.contains(QStringLiteral("--format")));

    const test::CliOutput unknownExtension =
        this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.doc"))});
    EXPECT_EQ(unknownExtension.code, cli::UsageError);

    EXPECT_EQ(this->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")}).code, cli::UsageError);
    EXPECT_EQ(this->run({QStringLiteral("export"), QStringLiteral("ffffffff"), QStringLiteral("--format"), QStringLiteral("md")}).code,
              cli::InputError);
}

TEST_F(CliLibraryTest, AnUnwritableOutputIsAnInputErrorNamingIt)
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/membranes.md"));
    const test::CliOutput run = this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--output"), path});
    EXPECT_EQ(run.code, cli::InputError);
    EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
}

TEST_F(CliLibraryTest, AnkiDeckOnStdoutHasOneNotePerCard)
{
    withStore([this](LibraryStore &store) {
        const auto segments = store.segments(m_lecture.id);
        ASSERT_TRUE(segments.ok());
        Flashcard draft;
        draft.lectureId = m_lecture.id;
        draft.front = QStringLiteral("What moves water across the membrane?");
        draft.back = QStringLiteral("Osmosis");
        draft.sourceSegmentId = segments->at(2).id;
        ASSERT_TRUE(store.createFlashcard(draft).ok());
    });
    const test::CliOutput run = this->run({QStringLiteral("export"), m_lecture.id.left(6), QStringLiteral("--format"), QStringLiteral("anki")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("#separator:tab\n#html:true\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\tWhat moves water across the membrane?\tOsmosis<br><br><small>Cell membranes · "
                                                "0:01:05</small>\tBiology 101::Cell membranes\tLectern Biology_101\n")))
        << run.out.toStdString();

    const test::CliOutput none = this->run({QStringLiteral("export"), m_bare.id, QStringLiteral("--format"), QStringLiteral("anki")});
    EXPECT_EQ(none.code, cli::InputError);
    EXPECT_TRUE(none.err.contains(QStringLiteral("\"Guest talk\" has no flashcards yet"))) << none.err.toStdString();
}

TEST_F(CliLibraryTest, ACourseExportsIntoAFolderInOneGo)
{
    const QString folder = m_dir.filePath(QStringLiteral("export/biology"));
    const test::CliOutput run = this->run({QStringLiteral("export"), QStringLiteral("--course"), QStringLiteral("biology 101"),
                                           QStringLiteral("--format"), QStringLiteral("md,vtt"), QStringLiteral("--output"), folder});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Exported 2 files of \"Biology 101\" to "))) << run.err.toStdString();
    EXPECT_TRUE(readFile(QDir(folder).filePath(QStringLiteral("Cell membranes.md"))).startsWith(QStringLiteral("# Cell membranes\n")));
    EXPECT_TRUE(readFile(QDir(folder).filePath(QStringLiteral("Cell membranes.vtt"))).startsWith(QStringLiteral("WEBVTT\n")));

    const test::CliOutput unknown = this->run({QStringLiteral("export"), QStringLiteral("--course"), QStringLiteral("Chemistry"),
                                               QStringLiteral("--output"), folder});
    EXPECT_EQ(unknown.code, cli::InputError);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("There is no course called \"Chemistry\""))) << unknown.err.toStdString();

    EXPECT_EQ(this->run({QStringLiteral("export"), QStringLiteral("--course"), QStringLiteral("Biology 101")}).code, cli::UsageError);
    EXPECT_EQ(this->run({QStringLiteral("export"), m_lecture.id, QStringLiteral("--course"), QStringLiteral("Biology 101"),
                         QStringLiteral("--output"), folder}).code,
              cli::UsageError);
    EXPECT_EQ(this->run({QStringLiteral("export"), QStringLiteral("--course"), QStringLiteral("Biology 101"), QStringLiteral("--format"),
                         QStringLiteral("md,docx"), QStringLiteral("--output"), folder}).code,
              cli::UsageError);
}
