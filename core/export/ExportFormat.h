#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace lectern {

enum class ExportFormat {
    Markdown,
    PlainText,
    Srt,
    WebVtt,
    // A printable document (title, summary, key terms, notes, transcript with timestamps).
    Pdf,
    // The lecture's flashcards in Anki's tab-separated import format, with file headers.
    AnkiDeck,
};

// The short names a student types ("md", "txt", "srt", "vtt", "pdf", "anki"); fromName() accepts
// them and the file suffixes in any case and with a leading dot.
QString exportFormatName(ExportFormat format);
// The file name suffix the format is written with ("tsv" for an Anki deck, otherwise the name).
QString exportFileSuffix(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QList<ExportFormat> allExportFormats();
// Whether the export is text that can go to standard output (every format but PDF).
bool isTextExportFormat(ExportFormat format);

} // namespace lectern
