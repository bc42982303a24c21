#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli show ID`: one lecture's facts, its transcript with [mm:ss] stamps, and its notes.
class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
