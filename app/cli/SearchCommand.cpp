#include "cli/SearchCommand.h"

#include "cli/CliContext.h"
#include "cli/Terminal.h"
#include "export/Timecode.h"
#include "library/LibraryStore.h"

#include <QCommandLineParser>

namespace lectern::cli {

namespace {
// The most LibraryStore::search() returns.
constexpr int kMaximumLimit = 500;
} // namespace

QString SearchCommand::summary() const
{
    return tr("Search the transcripts and notes of every lecture.");
}

QString SearchCommand::formatHit(const SearchHit &hit, Emphasis emphasis)
{
    const QString snippet = emphasis == Emphasis::AnsiBold
        ? hit.snippetPlain(QStringLiteral("\x1b[1m"), QStringLiteral("\x1b[0m"))
        : hit.snippetPlain(QStringLiteral("«"), QStringLiteral("»"));
    // A note has no place on the lecture's timeline.
    const QString where = hit.kind == SearchHit::Kind::Segment ? Timecode::position(hit.startMs, 0) : tr("note");
    return hit.lectureTitle + QStringLiteral("  ") + where + QStringLiteral("  ") + snippet.simplified();
}

ExitCode SearchCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("query"),
                                 tr("What to look for; every word must occur, the last may be the start of a word."),
                                 tr("\"QUERY\""));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("Show at most <n> matches (default %1).").arg(kDefaultLimit), tr("n"));
    parser.addOption(limitOption);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return context.fail(UsageError, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.join(u' ').trimmed().isEmpty())
        return context.fail(UsageError, tr("search needs something to look for, e.g. lectern-cli search \"cell membrane\"."));
    // Unquoted words are one query too: `search cell membrane` means what `search "cell membrane"` does.
    const QString query = positional.join(u' ');
    int limit = kDefaultLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaximumLimit)
            return context.fail(UsageError, tr("--limit takes a number from 1 to %1, not \"%2\".")
                                                .arg(kMaximumLimit)
                                                .arg(parser.value(limitOption)));
    }

    LibraryStore *library = context.library();
    if (!library)
        return InputError;
    const Result<QList<SearchHit>> hits = library->search(query, limit);
    if (!hits)
        return context.fail(ServiceError, hits.error());
    if (hits->isEmpty()) {
        // On stderr, so that a script reading the matches gets none.
        context.err() << tr("Nothing in your lectures matches \"%1\".").arg(query) << Qt::endl;
        return Success;
    }
    const Emphasis emphasis = wantsAnsiStyling(context.out()) ? Emphasis::AnsiBold : Emphasis::Guillemets;
    for (const SearchHit &hit : *hits)
        context.out() << formatHit(hit, emphasis) << u'\n';
    context.out() << Qt::flush;
    return Success;
}

} // namespace lectern::cli
