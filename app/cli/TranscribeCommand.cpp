#include "cli/TranscribeCommand.h"

#include "ai/GroqError.h"
#include "base/Settings.h"
#include "cli/CliContext.h"
#include "cli/CourseLookup.h"
#include "cli/GroqAccess.h"
#include "cli/ImportCommand.h"
#include "cli/InterruptGuard.h"
#include "cli/LectureLookup.h"
#include "cli/Terminal.h"
#include "export/Timecode.h"
#include "library/LibraryStore.h"
#include "pipeline/CancelToken.h"
#include "pipeline/LectureImporter.h"
#include "pipeline/TranscriptionJob.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cmath>

namespace lectern::cli {

namespace {

// A recording that cannot be read or a lecture that has none is the student's input; everything
// else (Groq, the network, the library) is a service failing.
ExitCode exitCodeFor(const Error &error)
{
    if (error.code.startsWith(QLatin1String("audio.")) || error.code.startsWith(QLatin1String("import."))
        || error.code == QLatin1String("empty_audio") || error.code == groq::kUnreadableFile)
        return InputError;
    return LectureLookup::exitCodeFor(error);
}

struct ImportedLecture
{
    Result<Lecture> lecture = Error{};
    std::optional<CourseChoice> course;
};

} // namespace

QString TranscribeCommand::summary() const
{
    return tr("Transcribe a lecture (or import a recording and transcribe it) with Groq.");
}

ExitCode TranscribeCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u'\n'
        + tr("Prints the lecture's id. Ctrl-C stops; what Groq already answered is kept, so running the same "
             "command again sends only the rest. A recording is never sent twice for the same model and language."));
    parser.addPositionalArgument(
        QStringLiteral("lecture"),
        tr("The lecture's id (or its first %1 or more characters), or an audio file to import first.")
            .arg(LectureLookup::kMinimumPrefix),
        tr("ID|FILE"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         tr("Groq's speech model (default: %1, or the one chosen in Lectern).")
                                             .arg(Setting::TranscriptionModel.defaultValue),
                                         tr("model"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        tr("Spoken language as a two-letter code (en, de, ...); default: the lecture's, else detected."), tr("code"));
    const QCommandLineOption courseOption(QStringLiteral("course"),
                                          tr("For a FILE: file the new lecture under the course <name>."), tr("name"));
    const QCommandLineOption compactOption(QStringLiteral("compact"),
                                           tr("For a FILE: keep a compact Opus copy instead of the original."));
    parser.addOptions({modelOption, languageOption, courseOption, compactOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(UsageError, tr("transcribe takes one lecture id or audio file, e.g. \"lectern-cli "
                                           "transcribe 3f2a\" or \"lectern-cli transcribe lecture.mp3\"."));
    const QString target = positional.first();
    const bool isFile = QFileInfo(target).isFile();
    if (!isFile && (parser.isSet(courseOption) || parser.isSet(compactOption)))
        return context.fail(UsageError, tr("--course and --compact are for importing a file; \"%1\" is not a file.")
                                            .arg(target));
    if (parser.isSet(courseOption) && parser.value(courseOption).trimmed().isEmpty())
        return context.fail(UsageError, tr("--course needs the name of a course."));

    ImportOptions importOptions;
    importOptions.storage = parser.isSet(compactOption) ? AudioStorage::CompactOpus : AudioStorage::Original;
    importOptions.language = parser.value(languageOption);
    if (const Status checked = LectureImporter::checkOptions(importOptions); !checked)
        return context.fail(UsageError, checked.error());

    QTextStream &err = context.err();
    StatusLine status(err);
    CancelToken cancel;
    TranscriptionJob *runningJob = nullptr;
    InterruptGuard interrupts(cancel, [&] {
        status.clear();
        err << tr("Stopping…") << Qt::endl;
        if (runningJob)
            runningJob->cancel();
    });

    LibraryStore *library = context.library();
    if (!library)
        return InputError;

    Lecture lecture;
    if (isFile) {
        std::optional<CourseChoice> course;
        if (parser.isSet(courseOption)) {
            Result<CourseChoice> chosen = findOrCreateCourse(*library, parser.value(courseOption));
            if (!chosen)
                return context.fail(ServiceError, chosen.error());
            course = *chosen;
            importOptions.courseId = course->course.id;
        }
        const QString fileName = QFileInfo(target).fileName();
        const Result<Lecture> imported =
            ImportCommand::importShowingProgress(*library, target, importOptions, status, cancel);
        if (!imported) {
            if (course && course->created)
                (void)library->deleteCourse(course->course.id);
            if (interrupts.interrupted())
                interrupts.exitBySignal();
            return context.fail(InputError, imported.error());
        }
        lecture = *imported;
        err << tr("Imported %1 as \"%2\" (%3).").arg(fileName, lecture.title, Timecode::duration(lecture.durationMs))
            << Qt::endl;
    } else {
        const Result<Lecture> found = LectureLookup::find(*library, target);
        if (!found)
            return context.fail(LectureLookup::exitCodeFor(found.error()), found.error());
        lecture = *found;
        if (lecture.audioPath.isEmpty())
            return context.fail(InputError, tr("\"%1\" has no recording to transcribe.").arg(lecture.title));
    }
    if (cancel.isCancelled())
        interrupts.exitBySignal();

    QObject owner;
    GroqClient *client = GroqAccess::makeClient(&owner);
    TranscriptionJobOptions options;
    options.model = parser.isSet(modelOption) ? parser.value(modelOption) : Settings().value(Setting::TranscriptionModel);
    options.language = parser.value(languageOption);
    TranscriptionJob job(*library, *client);
    runningJob = &job;

    int linesShown = -1; // chunks done when a line was last printed, where no terminal redraws
    int chunksDone = 0;
    QObject::connect(&job, &TranscriptionJob::progressChanged, &job,
                     [&](int done, int total, qint64 audioDone, qint64 audioTotal) {
                         chunksDone = done;
                         const int percent = audioTotal > 0 ? int(std::floor(100.0 * double(audioDone) / double(audioTotal))) : 0;
                         const QString text = tr("Transcribing \"%1\"  %2 of %3 chunks  %4 of %5  %6%")
                                                  .arg(lecture.title, QString::number(done), QString::number(total),
                                                       Timecode::duration(audioDone), Timecode::duration(audioTotal),
                                                       QString::number(percent));
                         if (status.isLive()) {
                             status.show(text);
                         } else if (done != linesShown) {
                             err << text << Qt::endl;
                             linesShown = done;
                         }
                     });
    QObject::connect(&job, &TranscriptionJob::waiting, &job, [&](int seconds, const QString &reason) {
        status.clear();
        err << tr("Groq asked Lectern to slow down: waiting %n second(s).", nullptr, seconds);
        if (!reason.isEmpty())
            err << u' ' << reason;
        err << Qt::endl;
    });

    job.start(lecture.id, options);
    GroqAccess::waitFor(&job, &TranscriptionJob::finished);
    runningJob = nullptr;
    status.clear();

    const Result<TranscriptionOutcome> &outcome = job.result();
    if (!outcome) {
        if (interrupts.interrupted()) {
            if (chunksDone > 0)
                err << tr("%n finished chunk(s) are kept; run the same command again to send only the rest.", nullptr,
                          chunksDone)
                    << Qt::endl;
            interrupts.exitBySignal();
        }
        return context.fail(exitCodeFor(outcome.error()), outcome.error());
    }

    context.out() << lecture.id << Qt::endl;
    if (outcome->fromCache)
        err << tr("Transcribed \"%1\" from the transcript of the same recording; nothing was uploaded.").arg(lecture.title);
    else if (outcome->piecesResumed > 0)
        err << tr("Transcribed \"%1\": %n chunk(s) kept from the interrupted run, the rest sent now.", nullptr,
                  outcome->piecesResumed)
                   .arg(lecture.title);
    else
        err << tr("Transcribed \"%1\": %n segment(s).", nullptr, outcome->segmentCount).arg(lecture.title);
    err << Qt::endl;
    return Success;
}

} // namespace lectern::cli
