#include "cli/SummarizeCommand.h"

#include "ai/StudyMaterialGenerator.h"
#include "cli/CliContext.h"
#include "cli/GroqAccess.h"

#include <QCommandLineParser>

namespace lectern::cli {

QString SummarizeCommand::summary() const
{
    return tr("Summarise a lecture's transcript with Groq and keep the summary.");
}

ExitCode SummarizeCommand::run(CliContext &context, const QStringList &arguments)
{
    return GroqAccess::runOnLecture(context, arguments, summary(), QStringLiteral("lectern-cli summarize 3f2a"), {},
                                    [&context](LibraryStore &library, const Lecture &lecture, const QCommandLineParser &) {
                                        // The summary streams to stdout as it arrives; end it with a line break.
                                        return GroqAccess::generate(context, library, lecture, StudyTask::Summary,
                                                                    [&context](const StudyMaterialGenerator &) { context.out() << u'\n'; });
                                    });
}

} // namespace lectern::cli
