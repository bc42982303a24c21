#pragma once

#include "base/Result.h"
#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lectern {

class LibraryStore;

// What exporting a whole course wrote, and what it left out and why.
struct CourseExportReport
{
    QStringList writtenFiles;
    // One line per lecture and format that had nothing to export ("Guest talk: no transcript
    // yet"), so the student knows why a file is missing.
    QStringList skipped;
};

// Exports every lecture of a course in one go: for each lecture one file per chosen format,
// named after the lecture, and the flashcards of the whole course as one Anki deck named after
// the course (an Anki deck per lecture would have to be imported one by one).
class CourseExporter
{
    Q_DECLARE_TR_FUNCTIONS(lectern::CourseExporter)

public:
    // Called after each file; returning false stops the export (the files written so far stay).
    using Progress = std::function<bool(int done, int total)>;
    static constexpr QLatin1String Cancelled{"export.cancelled"};

    static Result<CourseExportReport> exportCourse(const LibraryStore &store, const QString &courseId,
                                                   const QList<ExportFormat> &formats, const QString &directory,
                                                   const Progress &progress = {});

    // A file name for `title` that every common file system accepts: no path separators or
    // reserved characters, no leading dot, at most 120 characters.
    static QString safeFileName(const QString &title);
};

} // namespace lectern
