#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "cli/LectureLookup.h"
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
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export a lecture as Markdown, text, SRT or WebVTT subtitles.");
}

ExitCode ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The lecture's id, or its first %1 or more characters.").arg(LectureLookup::kMinimumPrefix),
                                 tr("ID"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("md (Markdown: details, summary, key terms, notes, transcript), txt (the same as plain text), srt or vtt "
           "(subtitles of the transcript). Default: the extension of --output."),
        formatNames());
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Write to <file> instead of standard output."),
                                          tr("file"));
    parser.addOptions({formatOption, outputOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(UsageError, tr("export takes one lecture id, e.g. \"lectern-cli export 3f2a --format md\"."));

    const QString output = parser.value(outputOption);
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

} // namespace lectern::cli
