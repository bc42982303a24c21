#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;
constexpr int kProcessWaitMs = 30'000;
} // namespace

QProcessEnvironment cleanServerEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"LECTERN_"_s) && name != u"LECTERN_TEST_DATABASE_URL"_s)
            environment.remove(name);
    }
    return environment;
}

QProcessEnvironment serverEnvironment(const QString &databaseUrl)
{
    QProcessEnvironment environment = cleanServerEnvironment();
    environment.insert(u"LECTERN_DATABASE_URL"_s, databaseUrl);
    environment.insert(u"LECTERN_LISTEN"_s, u"127.0.0.1:0"_s);
    return environment;
}

ServerRun runServerBinary(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_SERVER_BINARY), arguments);
    ServerRun run;
    if (!process.waitForStarted(kProcessWaitMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kProcessWaitMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"(did not exit) "_s + QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ServerProcess::ServerProcess(const QStringList &arguments, const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    // The log goes to stderr; waitForReadyRead watches the current read channel.
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(QStringLiteral(LECTERN_SERVER_BINARY), arguments);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

quint16 ServerProcess::waitUntilListening()
{
    static const QRegularExpression listening(u"listening on [^ ]*:(\\d+)"_s);
    QRegularExpressionMatch match;
    const QDeadlineTimer deadline(kProcessWaitMs);
    while (!(match = listening.match(m_log)).hasMatch() && !deadline.hasExpired()
           && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(int(deadline.remainingTime()));
        m_log += QString::fromUtf8(m_process.readAllStandardError());
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return match.hasMatch() ? match.captured(1).toUShort() : 0;
}

int ServerProcess::terminate()
{
    sendSignal(SIGTERM);
    return waitForExit();
}

bool ServerProcess::sendSignal(int signalNumber)
{
    // Never kill(0, ...): that would signal this test's whole process group.
    if (m_process.state() != QProcess::Running || m_process.processId() <= 0)
        return false;
    return ::kill(pid_t(m_process.processId()), signalNumber) == 0;
}

int ServerProcess::waitForExit()
{
    if ((m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(kProcessWaitMs))
        || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitCode();
}

QString ServerProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

} // namespace lectern::test
