// The PDF is checked the way a student would: by the text a PDF reader finds in it (pdftotext).
#include "export/LectureExporter.h"

#include "ExportTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace lectern;

namespace {
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30'000) || pdftotext.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext (poppler-utils) failed: " << pdftotext.errorString().toStdString()
                      << pdftotext.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
} // namespace

TEST(PdfExport, HoldsTheWholeLectureAsText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("membranes.pdf"));
    const Status written = LectureExporter::writeFile(test::fullDocument(), ExportFormat::Pdf, path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    const QString text = pdfText(path).simplified();
    for (const QString &expected : {QStringLiteral("Cell membranes"), QStringLiteral("Course: Biology 101"),
                                    QStringLiteral("Summary"), QStringLiteral("Membranes keep cells apart."),
                                    QStringLiteral("Key terms"), QStringLiteral("Osmosis: Water moving across a membrane."),
                                    QStringLiteral("Notes"), QStringLiteral("phospholipids have two tails"),
                                    QStringLiteral("Transcript"), QStringLiteral("[01:05] Osmosis moves water across it.")})
        EXPECT_TRUE(text.contains(expected)) << "missing \"" << expected.toStdString() << "\" in:\n" << text.toStdString();
}

TEST(PdfExport, ALongTranscriptRunsOverNumberedPagesWithNothingLost)
{
    LectureDocument document = test::fullDocument();
    document.segments.clear();
    for (int i = 0; i < 400; ++i)
        document.segments.append(test::segment(i * 6000, i * 6000 + 5000, QStringLiteral("Sentence number %1 of the lecture.").arg(i)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(LectureExporter::writeFile(document, ExportFormat::Pdf, path).ok());

    const QString text = pdfText(path);
    const qsizetype pages = text.count(u'\f');
    EXPECT_GE(pages, 5) << "400 transcript lines should need several A4 pages";
    EXPECT_TRUE(text.contains(QStringLiteral("Sentence number 0 of the lecture.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sentence number 399 of the lecture.")));
    // QTextDocument numbers the pages at the bottom.
    const QString lastPage = text.section(u'\f', int(pages) - 1, int(pages) - 1);
    EXPECT_TRUE(lastPage.trimmed().endsWith(QString::number(pages))) << lastPage.right(200).toStdString();
}
