#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli transcribe ID|FILE [--model M] [--language L] [--course NAME] [--compact]`:
// transcribes a lecture of the library through Groq, or imports a recording first and then
// transcribes it. Progress goes to stderr (redrawn in place on a terminal, a line per finished
// chunk otherwise); the lecture's id goes to stdout. Ctrl-C stops the upload; what Groq already
// answered is kept, so running the command again sends only the rest.
class TranscribeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::TranscribeCommand)

public:
    QString name() const override { return QStringLiteral("transcribe"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
