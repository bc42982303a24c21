#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "cli/CourseLookup.h"
#include "cli/LectureLookup.h"
#include "export/CourseExporter.h"
#include "export/LectureExporter.h"
#include "library/LibraryStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace lectern::cli {

namespace {
QString formatNames()
{
    QStringList names;
    for (const ExportFormat format : allExportFormats())
        names.append(exportFormatName(format));
    return names.join(u'|');
}

// "md,pdf" or "all" → the formats, in the order given; nullopt names the word that is not one.
Result<QList<ExportFormat>> parseFormats(const QString &value)
{
    if (value.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return allExportFormats();
    QList<ExportFormat> formats;
    for (const QString &word : value.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<ExportFormat> format = exportFormatFromName(word);
        if (!format)
            return Error{QStringLiteral("cli.bad_format"), word.trimmed()};
        if (!formats.contains(*format))
            formats.append(*format);
    }
    return formats;
}
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export a lecture or a whole course as Markdown, text, PDF, subtitles or an Anki deck.");
}

ExitCode ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u'\n'
        + tr("  lectern-cli export ID [--format F] [--output FILE]\n"
             "  lectern-cli export --course NAME --output FOLDER [--format F,F,...|all]"));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The lecture's id, or its first %1 or more characters.").arg(LectureLookup::kMinimumPrefix),
                                 tr("[ID]"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("md (Markdown: details, summary, key terms, notes, transcript), txt (the same as plain text), pdf (the "
           "same, printable), srt or vtt (subtitles of the transcript), anki (the flashcards, for Anki's File > "
           "Import). Default: the extension of --output for a lecture, every format for a course."),
        formatNames());
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("Write to <file> instead of standard output; for --course, the folder "
                                             "to write the files into (created if needed)."),
                                          tr("file"));
    const QCommandLineOption courseOption(QStringLiteral("course"), tr("Export every lecture of the course <name>."),
                                          tr("name"));
    parser.addOptions({formatOption, outputOption, courseOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString output = parser.value(outputOption);
    if (parser.isSet(courseOption)) {
        if (!positional.isEmpty())
            return context.fail(UsageError, tr("Give either a lecture id or --course, not both."));
        if (output.isEmpty())
            return context.fail(UsageError, tr("Say where the course's files go with --output FOLDER."));
        QList<ExportFormat> formats = allExportFormats();
        if (parser.isSet(formatOption)) {
            const Result<QList<ExportFormat>> parsed = parseFormats(parser.value(formatOption));
            if (!parsed || parsed->isEmpty())
                return context.fail(UsageError, tr("\"%1\" is not an export format; use one or more of %2, or all.")
                                                    .arg(parsed ? parser.value(formatOption) : parsed.error().message,
                                                         formatNames()));
            formats = *parsed;
        }
        return exportCourse(context, parser.value(courseOption), formats, output);
    }
    if (positional.size() != 1)
        return context.fail(UsageError, tr("export takes one lecture id, e.g. \"lectern-cli export 3f2a --format md\", "
                                           "or --course NAME."));

    std::optional<ExportFormat> format;
    if (parser.isSet(formatOption)) {
        format = exportFormatFromName(parser.value(formatOption));
        if (!format)
            return context.fail(UsageError, tr("\"%1\" is not an export format; use one of %2.")
                                                .arg(parser.value(formatOption), formatNames()));
    } else if (!output.isEmpty()) {
        format = exportFormatFromName(QFileInfo(output).suffix());
    }
    if (!format)
        return context.fail(UsageError, tr("Choose a format with --format %1.").arg(formatNames()));
    if (!isTextExportFormat(*format) && output.isEmpty())
        return context.fail(UsageError, tr("A PDF cannot go to the terminal; write it to a file with --output FILE.pdf."));

    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    const Result<Lecture> lecture = LectureLookup::find(*library, positional.first());
    if (!lecture)
        return context.fail(LectureLookup::exitCodeFor(lecture.error()), lecture.error());
    const Result<LectureDocument> document = LectureDocument::load(*library, lecture->id);
    if (!document)
        return context.fail(ServiceError, document.error());

    if (output.isEmpty()) {
        const Result<QString> text = LectureExporter::renderChecked(*document, *format);
        if (!text)
            return context.fail(InputError, text.error());
        context.out() << *text << Qt::flush;
        return Success;
    }
    // Both errors are about what the user chose: a lecture without transcript, a place to write.
    if (const Status written = LectureExporter::writeFile(*document, *format, output); !written)
        return context.fail(InputError, written.error());
    context.err() << tr("Exported \"%1\" to %2.").arg(document->lecture.title, QDir::toNativeSeparators(output))
                  << Qt::endl;
    return Success;
}

ExitCode ExportCommand::exportCourse(CliContext &context, const QString &courseName, const QList<ExportFormat> &formats,
                                     const QString &folder)
{
    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    const auto course = findCourseByName(*library, courseName);
    if (!course)
        return context.fail(ServiceError, course.error());
    if (!*course)
        return context.fail(InputError, tr("There is no course called \"%1\". \"lectern-cli list\" shows your courses.")
                                            .arg(courseName.trimmed()));
    const Result<CourseExportReport> report = CourseExporter::exportCourse(*library, (*course)->id, formats, folder);
    if (!report)
        return context.fail(report.error().code == LectureExporter::WriteFailed ? InputError : ServiceError,
                            report.error());
    for (const QString &skipped : report->skipped)
        context.err() << tr("Skipped %1.").arg(skipped) << u'\n';
    context.err() << tr("Exported %n file(s) of \"%1\" to %2.", nullptr, int(report->writtenFiles.size()))
                         .arg((*course)->name, QDir::toNativeSeparators(folder))
                  << Qt::endl;
    return Success;
}

} // namespace lectern::cli
