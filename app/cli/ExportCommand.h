#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace lectern::cli {

// `lectern-cli export ID --format md|txt|srt|vtt [--output FILE]`: a lecture as a document
// (Markdown, plain text) or subtitles (SRT, WebVTT), on stdout or into a file.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;
};

} // namespace lectern::cli
