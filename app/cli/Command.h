#pragma once

#include "cli/ExitCode.h"

#include <QString>
#include <QStringList>

namespace lectern::cli {

class CliContext;

// One `lectern-cli <name> ...` subcommand.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for the command list in --help.
    virtual QString summary() const = 0;
    // `arguments` starts with the command's own name, as QCommandLineParser expects.
    virtual ExitCode run(CliContext &context, const QStringList &arguments) = 0;
};

} // namespace lectern::cli
