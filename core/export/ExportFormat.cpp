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
    }
    Q_UNREACHABLE();
    return {};
}

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Markdown, ExportFormat::PlainText, ExportFormat::Srt, ExportFormat::WebVtt};
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    QStringView trimmed = name.trimmed();
    if (trimmed.startsWith(u'.'))
        trimmed = trimmed.mid(1);
    for (const ExportFormat format : allExportFormats()) {
        if (trimmed.compare(exportFormatName(format), Qt::CaseInsensitive) == 0)
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
