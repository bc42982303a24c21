#include "cli/CardsCommand.h"

#include "ai/StudyMaterialGenerator.h"
#include "ai/StudyPrompts.h"
#include "cli/CliContext.h"
#include "cli/GroqAccess.h"
#include "library/LibraryStore.h"

#include <QCommandLineParser>
#include <QHash>

namespace lectern::cli {

QString CardsCommand::summary() const
{
    return tr("Suggest flashcards from a lecture with Groq; --accept keeps them.");
}

ExitCode CardsCommand::run(CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption acceptOption(QStringLiteral("accept"), tr("Store the suggested cards as flashcards of the lecture."));
    return GroqAccess::runOnLecture(
        context, arguments, summary(), QStringLiteral("lectern-cli cards 3f2a --accept"), {acceptOption},
        [&](LibraryStore &library, const Lecture &lecture, const QCommandLineParser &parser) {
            QList<FlashcardSuggestion> suggestions;
            const ExitCode generated = GroqAccess::generate(context, library, lecture, StudyTask::Flashcards,
                                                            [&](const StudyMaterialGenerator &generator) { suggestions = generator.suggestions(); });
            if (generated != Success)
                return generated;
            QHash<QString, qint64> startOf;
            if (const Result<QList<TranscriptSegment>> segments = library.segments(lecture.id)) {
                for (const TranscriptSegment &segment : *segments)
                    startOf.insert(segment.id, segment.startMs);
            }
            for (qsizetype i = 0; i < suggestions.size(); ++i) {
                const FlashcardSuggestion &card = suggestions[i];
                context.out() << i + 1 << QStringLiteral(". ") << card.front << u'\n'
                              << QStringLiteral("   ") << card.back << u'\n'
                              << QStringLiteral("   [") << StudyPrompts::clock(startOf.value(card.sourceSegmentId)) << QStringLiteral("]\n");
            }
            if (!parser.isSet(acceptOption)) {
                context.out() << tr("Run again with --accept to keep these cards (the suggestions will differ).") << Qt::endl;
                return Success;
            }
            const Result<QList<Flashcard>> stored = StudyMaterialGenerator::acceptSuggestions(library, lecture.id, suggestions);
            if (!stored)
                return context.fail(ServiceError, stored.error());
            context.out() << tr("Stored %n flashcard(s) for \"%1\".", nullptr, int(stored->size())).arg(lecture.title) << Qt::endl;
            return Success;
        });
}

} // namespace lectern::cli
