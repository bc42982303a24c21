#pragma once

#include "base/Result.h"
#include "cli/ExitCode.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace lectern {
class LibraryStore;
}

namespace lectern::cli {

// What every command shares: where the library is, the output streams, and the library itself,
// opened on first use (a command like --help never touches it).
class CliContext
{
public:
    CliContext(QString dataDirectory, QTextStream &out, QTextStream &err);
    ~CliContext();

    const QString &dataDirectory() const { return m_dataDirectory; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The library, or nullptr after printing why it could not be opened.
    LibraryStore *library();

    // Prints "lectern-cli: <message>" to stderr and returns `code`, for `return context.fail(...)`.
    ExitCode fail(ExitCode code, const QString &message);
    ExitCode fail(ExitCode code, const Error &error) { return fail(code, error.message); }

private:
    QString m_dataDirectory;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<LibraryStore> m_library;
    bool m_libraryFailed = false;
};

} // namespace lectern::cli
