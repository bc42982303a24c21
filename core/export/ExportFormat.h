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
};

// The short names a student types ("md", "txt", "srt", "vtt"), which are also the file
// extensions; fromName() accepts them in any case and with a leading dot.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QList<ExportFormat> allExportFormats();

} // namespace lectern
