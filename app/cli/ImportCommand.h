#pragma once

#include "base/Result.h"
#include "cli/Command.h"
#include "library/Entities.h"

#include <QCoreApplication>

namespace lectern {
class CancelToken;
class LibraryStore;
struct ImportOptions;
} // namespace lectern

namespace lectern::cli {

class StatusLine;

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

    // Imports one file, showing "lecture.mp3  Decoding  42%" on `status` while it runs (also used
    // by transcribe, which imports a file it is given first).
    static Result<Lecture> importShowingProgress(LibraryStore &library, const QString &path, const ImportOptions &options,
                                                 StatusLine &status, CancelToken &cancel);
};

} // namespace lectern::cli
