#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli summarize ID`: writes a Markdown summary of the lecture with Groq, printing it as
// it arrives, and stores it as the lecture's summary.
class SummarizeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::SummarizeCommand)

public:
    QString name() const override { return QStringLiteral("summarize"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
