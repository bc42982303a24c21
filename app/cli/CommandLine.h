#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

#include <QTextStream>

#include <memory>
#include <vector>

namespace lectern::cli {

// Parses `lectern-cli [global options] <command> [command options]` and runs the command.
// Kept apart from main() so tests can run the whole CLI in-process.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    ExitCode run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    QString helpText(const QString &globalHelp) const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace lectern::cli
