#include "cli/AskCommand.h"

#include "ai/LectureQuestion.h"
#include "ai/StudyPrompts.h"
#include "cli/CliContext.h"
#include "cli/GroqAccess.h"

#include <QCommandLineParser>

namespace lectern::cli {

QString AskCommand::summary() const
{
    return tr("Answer a question from your lectures with Groq, citing the passages.");
}

ExitCode AskCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("question"), tr("What to ask, in quotes."), tr("\"QUESTION\""));
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    // Unquoted words are one question too.
    const QString question = parser.positionalArguments().join(u' ').simplified();
    if (question.isEmpty())
        return context.fail(UsageError, tr("ask needs a question, e.g. lectern-cli ask \"What does osmosis move?\"."));
    LibraryStore *library = context.library();
    if (!library)
        return InputError;

    QObject owner;
    GroqClient *client = GroqAccess::makeClient(&owner);
    LectureQuestionOptions options;
    options.model = GroqAccess::chatModel();
    LectureQuestion asking(*client, options);
    QObject::connect(&asking, &LectureQuestion::answerDelta, &asking, [&context](const QString &text) { context.out() << text << Qt::flush; });
    asking.ask(question, LectureQuestion::findPassages(*library, question, options.maxPassages));
    GroqAccess::waitFor(&asking, &LectureQuestion::finished);
    if (asking.error())
        return GroqAccess::fail(context, *asking.error());
    if (asking.nothingFound()) {
        context.out() << asking.answer() << Qt::endl;
        return Success;
    }
    context.out() << QStringLiteral("\n\n");
    for (const Citation &citation : asking.citations())
        context.out() << QStringLiteral("[%1] %2  %3  \"%4\"\n").arg(citation.number).arg(citation.lectureTitle, StudyPrompts::clock(citation.startMs), citation.quote);
    context.out() << Qt::flush;
    return Success;
}

} // namespace lectern::cli
