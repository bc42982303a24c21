#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern {
struct SearchHit;
}

namespace lectern::cli {

// `lectern-cli search "QUERY" [--limit N]`: where transcripts and notes mention something, best
// match first, one line per match: lecture title, time in the lecture, and an excerpt with the
// matched words emphasised.
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::SearchCommand)

public:
    // How matched words stand out: bold on a terminal; «guillemets» elsewhere (a pipe, a file),
    // where escape codes would be noise but the match should still be findable.
    enum class Emphasis {
        AnsiBold,
        Guillemets,
    };

    static constexpr int kDefaultLimit = 20;

    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;

    // "Cell membranes  01:05  …water crosses the «membrane» by…"
    static QString formatHit(const SearchHit &hit, Emphasis emphasis);
};

} // namespace lectern::cli
