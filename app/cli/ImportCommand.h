#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli import FILE... [--course NAME] [--title T] [--compact] [--language L]`: each file
// becomes a lecture (its id on stdout, one per line), filed under the named course, which is
// created if there is none by that name. A file that cannot be imported is reported and skipped;
// the exit code is then 3.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
