#include "export/LectureExporter.h"

#include "export/AnkiExport.h"
#include "export/MarkdownExport.h"
#include "export/PdfExport.h"
#include "export/PlainTextExport.h"
#include "export/SubtitleExport.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace lectern {

QString LectureExporter::render(const LectureDocument &document, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownExport::render(document);
    case ExportFormat::PlainText:
        return PlainTextExport::render(document);
    case ExportFormat::Srt:
        return SubtitleExport::srt(document.segments);
    case ExportFormat::WebVtt:
        return SubtitleExport::webVtt(document.segments);
    case ExportFormat::AnkiDeck:
        return AnkiExport::render(document);
    case ExportFormat::Pdf:
        break;
    }
    Q_ASSERT_X(false, "LectureExporter::render", "not a text format");
    return {};
}

Result<QString> LectureExporter::renderChecked(const LectureDocument &document, ExportFormat format)
{
    if (!isTextExportFormat(format))
        return Error{NotText, tr("A %1 export is not text; write it to a file instead.").arg(exportFormatName(format).toUpper())};
    if (format == ExportFormat::AnkiDeck && document.flashcards.isEmpty())
        return Error{NoFlashcards,
                     tr("\"%1\" has no flashcards yet, so there is no deck to export. Make cards from the "
                        "transcript or write some first.")
                         .arg(document.lecture.title)};
    const bool subtitles = format == ExportFormat::Srt || format == ExportFormat::WebVtt;
    const bool hasText = std::any_of(document.segments.cbegin(), document.segments.cend(),
                                     [](const TranscriptSegment &s) { return !s.displayText().trimmed().isEmpty(); });
    if (subtitles && !hasText)
        return Error{NoTranscript,
                     tr("\"%1\" has no transcript yet, so there are no subtitles to export. Transcribe the "
                        "lecture first.")
                         .arg(document.lecture.title)};
    return render(document, format);
}

Status LectureExporter::writeFile(const LectureDocument &document, ExportFormat format, const QString &path)
{
    Result<QString> text = QString();
    if (isTextExportFormat(format)) {
        text = renderChecked(document, format);
        if (!text)
            return text.error();
    }
    QSaveFile file(path);
    const auto failed = [&](const QString &reason) {
        return Error{WriteFailed, tr("Lectern cannot write the export to \"%1\": %2. Check that the folder exists "
                                     "and is writable.")
                                      .arg(QFileInfo(path).absoluteFilePath(), reason)};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (format == ExportFormat::Pdf) {
        if (const Status printed = PdfExport::write(document, &file); !printed)
            return printed;
    } else {
        const QByteArray bytes = text->toUtf8();
        if (file.write(bytes) != bytes.size())
            return failed(file.errorString());
    }
    if (!file.commit())
        return failed(file.errorString());
    return success();
}

} // namespace lectern
