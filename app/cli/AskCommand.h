#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli ask "QUESTION"`: answers from the transcripts of every lecture with Groq, then
// lists the cited passages as `[1] Lecture title  mm:ss  "quote"`.
class AskCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::AskCommand)

public:
    QString name() const override { return QStringLiteral("ask"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
