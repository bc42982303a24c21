#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli list`: the courses and their lectures, with the ids other commands take.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
