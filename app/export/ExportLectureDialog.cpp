#include "export/ExportLectureDialog.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

QString ExportLectureDialog::formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return tr("Markdown");
    case ExportFormat::PlainText:
        return tr("Plain text");
    case ExportFormat::Srt:
        return tr("SRT subtitles");
    case ExportFormat::WebVtt:
        return tr("WebVTT subtitles");
    case ExportFormat::Pdf:
        return tr("PDF document");
    case ExportFormat::AnkiDeck:
        return tr("Anki deck (flashcards)");
    }
    return {};
}

ExportLectureDialog::ExportLectureDialog(QWidget *parent, const QString &folder, const QString &baseName,
                                         ExportFormat format)
    : QFileDialog(parent, tr("Export Lecture"))
{
    setObjectName(u"exportLectureDialog"_s);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    for (ExportFormat each : allExportFormats())
        m_filters.append(u"%1 (*.%2)"_s.arg(formatLabel(each), exportFileSuffix(each)));
    setNameFilters(m_filters);
    setDirectory(folder);
    connect(this, &QFileDialog::filterSelected, this, [this](const QString &) {
        // Keep the typed name and give it the chosen format's suffix.
        setDefaultSuffix(exportFileSuffix(this->format()));
    });
    selectFormat(format);
    selectFile(baseName + u'.' + exportFileSuffix(format));
}

ExportFormat ExportLectureDialog::format() const
{
    const qsizetype index = m_filters.indexOf(selectedNameFilter());
    const QList<ExportFormat> formats = allExportFormats();
    return index >= 0 && index < formats.size() ? formats.at(index) : ExportFormat::Markdown;
}

void ExportLectureDialog::selectFormat(ExportFormat format)
{
    const qsizetype index = allExportFormats().indexOf(format);
    if (index >= 0)
        selectNameFilter(m_filters.at(index));
    setDefaultSuffix(exportFileSuffix(format));
}

} // namespace lectern
