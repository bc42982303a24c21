#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <optional>

namespace lectern::bench {

// One `sqlite3` command-line shell kept running on a database, fed statements through its
// standard input. A run ends when the shell has printed all of the statements' output, which is
// when the shell would have shown it to a person.
class SqliteShell
{
public:
    SqliteShell() = default;
    ~SqliteShell();
    SqliteShell(const SqliteShell &) = delete;
    SqliteShell &operator=(const SqliteShell &) = delete;

    bool start(const QString &program, const QString &databasePath);
    QString errorString() const { return m_error; }

    // Runs `statements` and returns their output (without the end marker); `nanoseconds` is the
    // time from handing them over to the arrival of the last of their output. Empty on an error
    // (see errorString()), including any message the shell printed.
    std::optional<QByteArray> run(const QByteArray &statements, qint64 *nanoseconds = nullptr);

private:
    QProcess m_process;
    QString m_error;
};

} // namespace lectern::bench
