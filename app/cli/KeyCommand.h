#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern {
class GroqKeyStore;
}

namespace lectern::cli {

// `lectern-cli key set|test|forget`: the Groq key in the system keychain, for a student without
// the desktop app. `set` reads the key from standard input (hidden on a terminal, or from a pipe),
// `test` asks Groq for its model list once with the key the other commands would use.
class KeyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::KeyCommand)

public:
    QString name() const override { return QStringLiteral("key"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;

private:
    ExitCode set(CliContext &context, GroqKeyStore &store, bool allowPlainFile);
    ExitCode test(CliContext &context, GroqKeyStore &store);
    ExitCode forget(CliContext &context, GroqKeyStore &store);
};

} // namespace lectern::cli
