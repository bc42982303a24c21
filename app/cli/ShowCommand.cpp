#include "cli/ShowCommand.h"

#include "cli/CliContext.h"
#include "cli/LectureLookup.h"
#include "export/LectureDocument.h"
#include "export/PlainTextExport.h"
#include "export/Timecode.h"
#include "library/LibraryStore.h"

#include <QCommandLineParser>

#include <algorithm>

namespace lectern::cli {

QString ShowCommand::summary() const
{
    return tr("Show a lecture: its details, transcript and notes.");
}

ExitCode ShowCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The lecture's id, or its first %1 or more characters.").arg(LectureLookup::kMinimumPrefix),
                                 tr("ID"));
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(UsageError, tr("show takes one lecture id, e.g. \"lectern-cli show 3f2a\"."));

    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    const Result<Lecture> lecture = LectureLookup::find(*library, positional.first());
    if (!lecture)
        return context.fail(LectureLookup::exitCodeFor(lecture.error()), lecture.error());
    const Result<LectureDocument> document = LectureDocument::load(*library, lecture->id);
    if (!document)
        return context.fail(ServiceError, document.error());

    const Lecture &l = document->lecture;
    QList<std::pair<QString, QString>> facts{{tr("Id"), l.id}};
    if (!document->courseName.isEmpty())
        facts.append({tr("Course"), document->courseName});
    if (l.recordedAt.isValid())
        facts.append({tr("Recorded"), l.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    facts.append({tr("Duration"), Timecode::duration(l.durationMs)});
    if (!l.language.isEmpty())
        facts.append({tr("Language"), l.language});
    if (!l.audioPath.isEmpty())
        facts.append({tr("Audio"), l.audioPath});
    qsizetype labelWidth = 0;
    for (const auto &fact : std::as_const(facts))
        labelWidth = std::max(labelWidth, fact.first.size() + 1);

    QTextStream &out = context.out();
    out << l.title << u'\n';
    for (const auto &[label, value] : std::as_const(facts))
        out << QStringLiteral("  ") << QString(label + u':').leftJustified(labelWidth) << QStringLiteral("  ") << value << u'\n';

    out << u'\n' << tr("Transcript") << u'\n';
    const QString transcript = PlainTextExport::transcript(*document);
    if (transcript.isEmpty())
        out << tr("This lecture has not been transcribed yet.") << u'\n';
    else
        out << transcript;

    const QString notes = document->note.markdown.trimmed();
    if (!notes.isEmpty())
        out << u'\n' << tr("Notes") << u'\n' << notes << u'\n';
    out << Qt::flush;
    return Success;
}

} // namespace lectern::cli
