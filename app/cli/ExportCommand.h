#pragma once

#include "cli/Command.h"
#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QList>

namespace lectern::cli {

// `lectern-cli export ID --format md|txt|pdf|srt|vtt|anki [--output FILE]`: a lecture as a
// document (Markdown, plain text, PDF), subtitles (SRT, WebVTT) or an Anki deck of its
// flashcards, on stdout or into a file. `export --course NAME --output FOLDER [--format ...]`:
// every lecture of a course in one go, with one Anki deck for the whole course.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    ExitCode run(CliContext &context, const QStringList &arguments) override;

private:
    static ExitCode exportCourse(CliContext &context, const QString &courseName, const QList<ExportFormat> &formats,
                                 const QString &folder);
};

} // namespace lectern::cli
