#include "cli/ImportCommand.h"

#include "cli/CliContext.h"
#include "cli/CourseLookup.h"
#include "cli/InterruptGuard.h"
#include "cli/Terminal.h"
#include "export/Timecode.h"
#include "library/LibraryStore.h"
#include "pipeline/CancelToken.h"
#include "pipeline/LectureImporter.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cmath>

namespace lectern::cli {

Result<Lecture> ImportCommand::importShowingProgress(LibraryStore &library, const QString &path,
                                                     const ImportOptions &options, StatusLine &status, CancelToken &cancel)
{
    const QString fileName = QFileInfo(path).fileName();
    const Result<Lecture> lecture = LectureImporter::importFile(
        library, path, options,
        [&](ImportStage stage, double fraction) {
            status.show(fileName + QStringLiteral("  ") + ImportStageText::label(stage) + QStringLiteral("  ")
                        + QString::number(int(std::floor(fraction * 100))) + u'%');
        },
        &cancel);
    status.clear();
    return lecture;
}

QString ImportCommand::summary() const
{
    return tr("Import audio files as new lectures.");
}

ExitCode ImportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u'\n'
        + tr("Prints the id of each new lecture. Files that cannot be imported are reported and skipped (exit code 3)."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 tr("Recordings to import: WAV, MP3, OGG, Opus, FLAC, M4A/AAC or WebM."), tr("FILE..."));
    const QCommandLineOption courseOption(QStringLiteral("course"),
                                          tr("File the lectures under the course <name> (created if there is none)."),
                                          tr("name"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
                                         tr("Title of the lecture (one file only; default: from the file name)."),
                                         tr("title"));
    const QCommandLineOption compactOption(
        QStringLiteral("compact"), tr("Keep a compact 16 kHz mono Opus copy (about 11 MB an hour) instead of the original file."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Spoken language as a two-letter code (en, de, ...); default: detect."),
                                            tr("code"));
    parser.addOptions({courseOption, titleOption, compactOption, languageOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.fail(UsageError, tr("import needs at least one file, e.g. lectern-cli import lecture.mp3."));
    if (parser.isSet(titleOption) && files.size() > 1)
        return context.fail(UsageError, tr("--title names one lecture: import the files one at a time to give each a title."));
    if (parser.isSet(courseOption) && parser.value(courseOption).trimmed().isEmpty())
        return context.fail(UsageError, tr("--course needs the name of a course."));

    ImportOptions options;
    options.storage = parser.isSet(compactOption) ? AudioStorage::CompactOpus : AudioStorage::Original;
    options.title = parser.value(titleOption);
    options.language = parser.value(languageOption);
    if (const Status checked = LectureImporter::checkOptions(options); !checked)
        return context.fail(InputError, checked.error());

    QTextStream &out = context.out();
    QTextStream &err = context.err();
    StatusLine progress(err);
    CancelToken cancel;
    InterruptGuard interrupts(cancel, [&] {
        progress.clear();
        err << tr("Cancelling…") << Qt::endl;
    });

    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    std::optional<CourseChoice> course;
    if (parser.isSet(courseOption)) {
        Result<CourseChoice> chosen = findOrCreateCourse(*library, parser.value(courseOption));
        if (!chosen)
            return context.fail(ServiceError, chosen.error());
        course = *chosen;
        options.courseId = course->course.id;
    }

    int imported = 0;
    int failed = 0;
    for (const QString &file : files) {
        if (cancel.isCancelled())
            break;
        const QString fileName = QFileInfo(file).fileName();
        const Result<Lecture> lecture = importShowingProgress(*library, file, options, progress, cancel);
        if (!lecture) {
            ++failed;
            context.fail(InputError, lecture.error());
            continue;
        }
        ++imported;
        out << lecture->id << Qt::endl;
        const QString duration = Timecode::duration(lecture->durationMs);
        if (course)
            err << tr("Imported %1 as \"%2\" (%3) in %4.").arg(fileName, lecture->title, duration, course->course.name);
        else
            err << tr("Imported %1 as \"%2\" (%3).").arg(fileName, lecture->title, duration);
        err << Qt::endl;
    }

    if (course && course->created) {
        if (imported == 0)
            // Nothing came of the import: a new, empty course would only be clutter.
            (void)library->deleteCourse(course->course.id);
        else
            err << tr("Created the course \"%1\".").arg(course->course.name) << Qt::endl;
    }
    if (interrupts.interrupted()) {
        const int skipped = int(files.size()) - imported - failed;
        if (skipped > 0)
            err << tr("%n file(s) not imported.", nullptr, skipped) << Qt::endl;
        interrupts.exitBySignal();
    }
    return failed > 0 ? InputError : Success;
}

} // namespace lectern::cli
