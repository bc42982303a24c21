#include "export/LectureExporter.h"

#include "ExportTestSupport.h"
#include "SubtitleParser.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace lectern;

TEST(ExportFormat, NamesAreTheFileExtensionsInAnyCase)
{
    EXPECT_EQ(exportFormatFromName(u"md"), ExportFormat::Markdown);
    EXPECT_EQ(exportFormatFromName(u"Markdown"), ExportFormat::Markdown);
    EXPECT_EQ(exportFormatFromName(u"TXT"), ExportFormat::PlainText);
    EXPECT_EQ(exportFormatFromName(u".srt"), ExportFormat::Srt);
    EXPECT_EQ(exportFormatFromName(u"vtt"), ExportFormat::WebVtt);
    EXPECT_EQ(exportFormatFromName(u"pdf"), ExportFormat::Pdf);
    EXPECT_EQ(exportFormatFromName(u"anki"), ExportFormat::AnkiDeck);
    EXPECT_EQ(exportFormatFromName(u"deck.tsv").has_value(), false);
    EXPECT_EQ(exportFormatFromName(u".TSV"), ExportFormat::AnkiDeck);
    EXPECT_EQ(exportFormatFromName(u"docx"), std::nullopt);
    for (const ExportFormat format : allExportFormats())
        EXPECT_EQ(exportFormatFromName(exportFormatName(format)), format);
}

TEST(LectureExporter, RendersEachFormat)
{
    const LectureDocument document = test::fullDocument();
    EXPECT_TRUE(LectureExporter::render(document, ExportFormat::Markdown).startsWith(QStringLiteral("# Cell membranes")));
    EXPECT_TRUE(LectureExporter::render(document, ExportFormat::PlainText).startsWith(QStringLiteral("Cell membranes\n===")));
    EXPECT_EQ(test::parseSubtitles(LectureExporter::render(document, ExportFormat::Srt), test::SubtitleSyntax::Srt).cues.size(), 3);
    EXPECT_EQ(test::parseSubtitles(LectureExporter::render(document, ExportFormat::WebVtt), test::SubtitleSyntax::WebVtt).cues.size(), 3);
}

TEST(LectureExporter, SubtitlesOfALectureWithoutTranscriptAreAnError)
{
    LectureDocument document;
    document.lecture.title = QStringLiteral("Guest talk");
    const Result<QString> srt = LectureExporter::renderChecked(document, ExportFormat::Srt);
    ASSERT_FALSE(srt.ok());
    EXPECT_EQ(srt.error().code, LectureExporter::NoTranscript);
    EXPECT_TRUE(srt.error().message.contains(QStringLiteral("Guest talk")));
    // A document still makes sense without a transcript.
    EXPECT_TRUE(LectureExporter::renderChecked(document, ExportFormat::Markdown).ok());
}

TEST(LectureExporter, WritesUtf8AndReplacesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture.vtt"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old contents that are longer than nothing");
    old.close();

    LectureDocument document = test::fullDocument();
    document.segments[0].text = QStringLiteral("Grüße — naïve café");
    ASSERT_TRUE(LectureExporter::writeFile(document, ExportFormat::WebVtt, path).ok());
    QFile written(path);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("WEBVTT\n\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("Grüße — naïve café")));
    EXPECT_FALSE(text.contains(QStringLiteral("old contents")));
}

TEST(LectureExporter, AnUnwritablePlaceIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/lecture.md"));
    const Status written = LectureExporter::writeFile(test::fullDocument(), ExportFormat::Markdown, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, LectureExporter::WriteFailed);
    EXPECT_TRUE(written.error().message.contains(path)) << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
