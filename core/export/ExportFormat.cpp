#include "export/ExportFormat.h"

namespace lectern {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::PlainText:
        return QStringLiteral("txt");
    case ExportFormat::Srt:
        return QStringLiteral("srt");
    case ExportFormat::WebVtt:
        return QStringLiteral("vtt");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::AnkiDeck:
        return QStringLiteral("anki");
    }
    Q_UNREACHABLE();
    return {};
}

QString exportFileSuffix(ExportFormat format)
{
    // Anki's importer picks text files by .txt, .csv or .tsv; .txt is taken by plain text.
    return format == ExportFormat::AnkiDeck ? QStringLiteral("tsv") : exportFormatName(format);
}

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Markdown, ExportFormat::PlainText, ExportFormat::Srt,
            ExportFormat::WebVtt,   ExportFormat::Pdf,       ExportFormat::AnkiDeck};
}

bool isTextExportFormat(ExportFormat format)
{
    return format != ExportFormat::Pdf;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    QStringView trimmed = name.trimmed();
    if (trimmed.startsWith(u'.'))
        trimmed = trimmed.mid(1);
    for (const ExportFormat format : allExportFormats()) {
        if (trimmed.compare(exportFormatName(format), Qt::CaseInsensitive) == 0
            || trimmed.compare(exportFileSuffix(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    if (trimmed.compare(QLatin1String("markdown"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    if (trimmed.compare(QLatin1String("text"), Qt::CaseInsensitive) == 0)
        return ExportFormat::PlainText;
    if (trimmed.compare(QLatin1String("webvtt"), Qt::CaseInsensitive) == 0)
        return ExportFormat::WebVtt;
    return std::nullopt;
}

} // namespace lectern
