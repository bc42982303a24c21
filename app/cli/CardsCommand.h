#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli cards ID [--accept]`: asks Groq for flashcards from the lecture's transcript and
// prints them with the time they come from; --accept stores them as the lecture's flashcards.
class CardsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::CardsCommand)

public:
    QString name() const override { return QStringLiteral("cards"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
