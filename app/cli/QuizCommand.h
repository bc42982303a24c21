#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli quiz ID`: writes multiple-choice questions on the lecture with Groq, stores them
// as the lecture's quiz and prints them with their answers.
class QuizCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::QuizCommand)

public:
    QString name() const override { return QStringLiteral("quiz"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
