#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lectern::test {

// How long a test waits for one answer or event from a server process.
inline constexpr int kWaitMs = 10'000;

// The environment of this test without the developer's LECTERN_* settings, which must not leak
// into the server under test.
QProcessEnvironment cleanServerEnvironment();
// cleanServerEnvironment() for a server on the database at `databaseUrl`, listening on a free
// port of 127.0.0.1 (ServerProcess::waitUntilListening() tells which).
QProcessEnvironment serverEnvironment(const QString &databaseUrl);

// One run of the lectern-server binary to its end.
struct ServerRun
{
    int exitCode = -1; // -1: crashed or did not exit in time
    QString out;
    QString err;
};
// Runs lectern-server with `arguments`, writes `input` to its standard input and closes it.
ServerRun runServerBinary(const QStringList &arguments, const QProcessEnvironment &environment,
                          const QByteArray &input = {});

// A long-running lectern-server, as systemd would start it.
class ServerProcess
{
public:
    ServerProcess(const QStringList &arguments, const QProcessEnvironment &environment);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // The port from the "listening on HOST:PORT" log line; 0 if it never came (see log()).
    quint16 waitUntilListening();
    // Sends SIGTERM; the exit status, or -1 for a crash or no exit in time.
    int terminate();
    // Sends `signalNumber` and returns at once; false when the process is not running.
    bool sendSignal(int signalNumber);
    // Waits for the process to end by itself; its exit status, or -1.
    int waitForExit();
    QString log();

private:
    QProcess m_process;
    QString m_log;
};

} // namespace lectern::test
