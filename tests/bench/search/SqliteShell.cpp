#include "SqliteShell.h"

#include <QElapsedTimer>

namespace lectern::bench {

namespace {
const QByteArray kEndMarker = QByteArrayLiteral("lectern-search-bench-end-of-output");
constexpr int kTimeoutMs = 120'000;
} // namespace

SqliteShell::~SqliteShell()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write(".quit\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

bool SqliteShell::start(const QString &program, const QString &databasePath)
{
    // -batch: no prompts and no line editing, as when a script drives the shell.
    m_process.start(program, {QStringLiteral("-batch"), databasePath});
    if (!m_process.waitForStarted()) {
        m_error = QStringLiteral("could not start %1 (Debian package sqlite3): %2").arg(program, m_process.errorString());
        return false;
    }
    return run("SELECT 1;").has_value();
}

std::optional<QByteArray> SqliteShell::run(const QByteArray &statements, qint64 *nanoseconds)
{
    const QByteArray input = statements + "\n.print " + kEndMarker + '\n';
    const QByteArray ending = kEndMarker + '\n';
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    m_process.write(input);
    while (!output.endsWith(ending)) {
        if (!m_process.waitForReadyRead(kTimeoutMs)) {
            m_error = QStringLiteral("the sqlite3 shell did not answer: %1 %2")
                          .arg(m_process.errorString(), QString::fromUtf8(m_process.readAllStandardError()));
            return std::nullopt;
        }
        output += m_process.readAllStandardOutput();
    }
    const qint64 elapsed = timer.nsecsElapsed();
    if (const QByteArray errors = m_process.readAllStandardError(); !errors.isEmpty()) {
        m_error = QStringLiteral("the sqlite3 shell reported: %1").arg(QString::fromUtf8(errors).trimmed());
        return std::nullopt;
    }
    if (nanoseconds)
        *nanoseconds = elapsed;
    output.chop(ending.size());
    return output;
}

} // namespace lectern::bench
