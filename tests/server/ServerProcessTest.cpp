// Runs the built lectern-server binary, as an operator or systemd would.
#include "ServerFixture.h"

#include "lectern/Version.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kProcessWaitMs = 30'000;

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The child gets a clean environment: settings from the developer's shell must not leak in.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LECTERN_LISTEN"_s, u"LECTERN_DATABASE_URL"_s, u"LECTERN_CONFIG"_s})
        environment.remove(name);
    return environment;
}

Outcome run(const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_SERVER_BINARY), arguments);
    Outcome outcome;
    if (!process.waitForFinished(kProcessWaitMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = u"(did not exit) "_s + QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

// The last line of stderr: where a failed start says why, in one line.
QString lastLine(const QString &text)
{
    const QStringList lines = text.trimmed().split(u'\n');
    return lines.isEmpty() ? QString() : lines.constLast();
}
} // namespace

TEST(ServerProcessTest, VersionPrintsTheVersion)
{
    const Outcome outcome = run({u"--version"_s});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_EQ(outcome.out.trimmed(), u"lectern-server "_s + QLatin1StringView(kVersion));
}

TEST(ServerProcessTest, HelpListsTheOptions)
{
    const Outcome outcome = run({u"--help"_s});
    EXPECT_EQ(outcome.exitCode, 0);
    for (const QString &option : {u"--config"_s, u"--listen"_s, u"--database-url"_s, u"--version"_s})
        EXPECT_TRUE(outcome.out.contains(option)) << option.toStdString();
}

TEST(ServerProcessTest, AnUnknownFlagIsAUsageError)
{
    const Outcome outcome = run({u"--frobnicate"_s});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(u"frobnicate"_s)) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"--help"_s));
}

TEST(ServerProcessTest, AMalformedDatabaseUrlIsAUsageError)
{
    const Outcome outcome = run({u"--database-url"_s, u"mysql://root:hunter2@db/lectern"_s});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(u"--database-url"_s)) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"postgresql://"_s));
    EXPECT_FALSE(outcome.err.contains(u"hunter2"_s)) << "the password must not be printed";
}

TEST(ServerProcessTest, NoDatabaseIsAUsageError)
{
    const Outcome outcome = run({});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(u"LECTERN_DATABASE_URL"_s)) << outcome.err.toStdString();
}

TEST(ServerProcessTest, AnUnreachableDatabaseExits3NamingIt)
{
    const quint16 port = unusedPort();
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"LECTERN_DATABASE_URL"_s, u"postgresql://lectern@127.0.0.1:%1/lectern"_s.arg(port));
    const Outcome outcome = run({u"--listen"_s, u"127.0.0.1:0"_s}, environment);
    EXPECT_EQ(outcome.exitCode, 3) << outcome.err.toStdString();
    // One line, naming the host, port and the driver's reason.
    EXPECT_EQ(outcome.err.trimmed().count(u'\n'), 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.startsWith(u"lectern-server: "_s)) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"127.0.0.1:%1"_s.arg(port))) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"refused"_s, Qt::CaseInsensitive)) << outcome.err.toStdString();
}

class ServerProcessWithDatabaseTest : public ServerFixture
{
};

TEST_F(ServerProcessWithDatabaseTest, APortInUseExits4NamingTheAddress)
{
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    const QString address = u"127.0.0.1:%1"_s.arg(occupant.serverPort());
    const Outcome outcome = run({u"--listen"_s, address, u"--database-url"_s, m_database->url()});
    EXPECT_EQ(outcome.exitCode, 4) << outcome.err.toStdString();
    EXPECT_TRUE(lastLine(outcome.err).startsWith(u"lectern-server: "_s)) << outcome.err.toStdString();
    EXPECT_TRUE(lastLine(outcome.err).contains(address)) << outcome.err.toStdString();
}

namespace {
// A lectern-server process configured through the environment, as systemd's EnvironmentFile would.
class RunningServer
{
public:
    explicit RunningServer(const QString &databaseUrl)
    {
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(u"LECTERN_DATABASE_URL"_s, databaseUrl);
        environment.insert(u"LECTERN_LISTEN"_s, u"127.0.0.1:0"_s);
        m_process.setProcessEnvironment(environment);
        // The log goes to stderr; waitForReadyRead watches the current read channel.
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start(QStringLiteral(LECTERN_SERVER_BINARY), {});
    }

    ~RunningServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Port 0 makes the server pick a port, which it logs. 0 if it never said.
    quint16 waitUntilListening()
    {
        static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
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

    // Sends SIGTERM and returns the exit status (-1 for a crash or no exit).
    int terminate()
    {
        // Never kill(0, ...): that would signal this test's whole process group.
        if (m_process.state() == QProcess::Running && m_process.processId() > 0)
            ::kill(pid_t(m_process.processId()), SIGTERM);
        if ((m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(kProcessWaitMs))
            || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitCode();
    }

    QString log() const { return m_log; }

private:
    QProcess m_process;
    QString m_log;
};
} // namespace

TEST_F(ServerProcessWithDatabaseTest, ServesUntilSigtermThenExitsCleanly)
{
    RunningServer server(m_database->url());
    const quint16 port = server.waitUntilListening();
    ASSERT_NE(port, 0) << server.log().toStdString();

    const QByteArray health = httpExchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(httpStatus(health), 200) << health.toStdString();

    EXPECT_EQ(server.terminate(), 0) << server.log().toStdString();
    EXPECT_TRUE(server.log().contains(u"SIGTERM"_s)) << server.log().toStdString();
}

TEST_F(ServerProcessWithDatabaseTest, InstancesStartingTogetherOnANewDatabaseAllComeUp)
{
    // Several instances behind one load balancer may be started at the same moment; the schema
    // must be created once and none of them may fail.
    std::vector<std::unique_ptr<RunningServer>> servers;
    for (int i = 0; i < 3; ++i)
        servers.push_back(std::make_unique<RunningServer>(m_database->url()));
    for (const auto &server : servers)
        EXPECT_NE(server->waitUntilListening(), 0) << server->log().toStdString();
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM server_info"_s)->toInt(), 1);
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM schema_version WHERE version = 1"_s)->toInt(), 1);
    for (const auto &server : servers)
        EXPECT_EQ(server->terminate(), 0) << server->log().toStdString();
}
