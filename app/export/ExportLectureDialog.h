#pragma once

#include "export/ExportFormat.h"

#include <QFileDialog>

namespace lectern {

// Where to save a lecture and in which format: a save dialog whose file types are the export
// formats, so choosing "SRT subtitles" also gives the file its .srt suffix.
class ExportLectureDialog : public QFileDialog
{
    Q_OBJECT

public:
    ExportLectureDialog(QWidget *parent, const QString &folder, const QString &baseName, ExportFormat format);

    ExportFormat format() const;
    void selectFormat(ExportFormat format);
    static QString formatLabel(ExportFormat format);

private:
    QStringList m_filters;
};

} // namespace lectern
