#include "export/CourseExporter.h"

#include "export/AnkiExport.h"
#include "export/LectureDocument.h"
#include "export/LectureExporter.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace lectern {

QString CourseExporter::safeFileName(const QString &title)
{
    QString name;
    name.reserve(title.size());
    for (const QChar c : title.simplified()) {
        static const QString reserved = QStringLiteral("/\\:*?\"<>|");
        name += (c.category() == QChar::Other_Control || reserved.contains(c)) ? u'-' : c;
    }
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    name = name.left(120).trimmed();
    return name.isEmpty() ? tr("Lecture") : name;
}

Result<CourseExportReport> CourseExporter::exportCourse(const LibraryStore &store, const QString &courseId,
                                                        const QList<ExportFormat> &formats, const QString &directory,
                                                        const Progress &progress)
{
    const Result<Course> course = store.course(courseId);
    if (!course)
        return course.error();
    const Result<QList<Lecture>> lectures = store.lectures(courseId);
    if (!lectures)
        return lectures.error();
    if (!QDir().mkpath(directory))
        return Error{LectureExporter::WriteFailed,
                     tr("Lectern cannot create the folder \"%1\" for the export. Check that its parent is writable.")
                         .arg(QDir::toNativeSeparators(directory))};

    const bool deck = formats.contains(ExportFormat::AnkiDeck);
    const int perLecture = int(formats.size()) - (deck ? 1 : 0);
    const int total = int(lectures->size()) * perLecture + (deck ? 1 : 0);
    int done = 0;
    const auto step = [&]() { return !progress || progress(++done, total); };
    const auto cancelled = [] { return Error{Cancelled, tr("The export was cancelled.")}; };

    CourseExportReport report;
    QList<LectureDocument> documents;
    QSet<QString> usedNames;
    const QDir dir(directory);
    for (const Lecture &lecture : *lectures) {
        Result<LectureDocument> document = LectureDocument::load(store, lecture.id);
        if (!document)
            return document.error();
        // Two lectures may share a title ("Tutorial"); the second gets a number, not the first's file.
        QString base = safeFileName(lecture.title);
        for (int n = 2; usedNames.contains(base.toCaseFolded()); ++n)
            base = safeFileName(lecture.title) + QStringLiteral(" (%1)").arg(n);
        usedNames.insert(base.toCaseFolded());

        for (const ExportFormat format : formats) {
            if (format == ExportFormat::AnkiDeck)
                continue;
            const QString path = dir.filePath(base + u'.' + exportFileSuffix(format));
            const Status written = LectureExporter::writeFile(*document, format, path);
            if (written)
                report.writtenFiles.append(path);
            else if (written.error().code == LectureExporter::NoTranscript)
                report.skipped.append(tr("%1 (%2): no transcript yet").arg(lecture.title, exportFormatName(format).toUpper()));
            else
                return written.error();
            if (!step())
                return cancelled();
        }
        documents.append(std::move(*document));
    }

    if (deck) {
        const bool anyCard = std::any_of(documents.cbegin(), documents.cend(),
                                         [](const LectureDocument &d) { return !d.flashcards.isEmpty(); });
        if (anyCard) {
            const QString path = dir.filePath(safeFileName(course->name) + u'.' + exportFileSuffix(ExportFormat::AnkiDeck));
            QSaveFile file(path);
            const QByteArray bytes = AnkiExport::render(documents).toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return Error{LectureExporter::WriteFailed,
                             tr("Lectern cannot write the export to \"%1\": %2. Check that the folder is writable.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString())};
            report.writtenFiles.append(path);
        } else {
            report.skipped.append(tr("%1 (ANKI): no flashcards yet").arg(course->name));
        }
        if (!step())
            return cancelled();
    }
    return report;
}

} // namespace lectern
