#include "SyncServerHarness.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <csignal>
#include <sys/types.h>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;
constexpr int kHarnessWaitMs = 15'000;
// In the server's `ok` reply to sync.push and in no other frame it sends. Server frames are not
// masked, so the text is on the wire as it is.
const QByteArray kPushReplyMarker = "\"applied\"";
} // namespace

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

quint16 ServerProcess::start()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LECTERN_CONFIG"_s);
    // The port is read from the server's log, which the test's own logging rules must not silence.
    environment.remove(u"QT_LOGGING_RULES"_s);
    environment.insert(u"LECTERN_DATABASE_URL"_s, m_databaseUrl);
    environment.insert(u"LECTERN_LISTEN"_s, u"127.0.0.1:0"_s);
    m_process.setProcessEnvironment(environment);
    m_process.setReadChannel(QProcess::StandardError);
    m_log.clear();
    m_process.start(QStringLiteral(LECTERN_SERVER_BINARY), {});

    static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch match;
    const QDeadlineTimer deadline(kHarnessWaitMs);
    while (!(match = listening.match(m_log)).hasMatch() && !deadline.hasExpired()
           && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 100)));
        m_log += QString::fromUtf8(m_process.readAllStandardError());
    }
    return match.hasMatch() ? match.captured(1).toUShort() : 0;
}

bool ServerProcess::stop()
{
    // Never kill(0, ...): that would signal the test's whole process group.
    if (m_process.state() == QProcess::Running && m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), SIGTERM);
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(kHarnessWaitMs))
        return false;
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

Relay::Relay()
{
    connect(&m_server, &QTcpServer::newConnection, this, &Relay::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void Relay::setOffline(bool offline)
{
    m_offline = offline;
    if (offline) {
        const QList<Pair *> pairs = m_pairs;
        for (Pair *pair : pairs)
            cut(pair);
    }
}

void Relay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        if (m_offline || m_upstreamPort == 0) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *pair = new Pair;
        pair->client = client;
        pair->upstream = new QTcpSocket(this);
        m_pairs.append(pair);

        connect(client, &QTcpSocket::readyRead, this, [pair] {
            const QByteArray data = pair->client->readAll();
            if (pair->upstream && pair->upstream->state() == QAbstractSocket::ConnectedState)
                pair->upstream->write(data);
            else
                pair->early += data;
        });
        connect(pair->upstream, &QTcpSocket::connected, this, [pair] {
            pair->upstream->write(pair->early);
            pair->early.clear();
        });
        connect(pair->upstream, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray data = pair->upstream->readAll();
            if (m_dropPushReply && QByteArray(pair->tail + data).contains(kPushReplyMarker)) {
                m_dropPushReply = false;
                ++m_droppedPushReplies;
                cut(pair);
                return;
            }
            pair->tail = data.right(kPushReplyMarker.size());
            if (pair->client)
                pair->client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { cut(pair); });
        connect(pair->upstream, &QTcpSocket::disconnected, this, [this, pair] { cut(pair); });
        connect(pair->upstream, &QTcpSocket::errorOccurred, this, [this, pair] { cut(pair); });
        pair->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void Relay::cut(Pair *pair)
{
    if (!m_pairs.removeOne(pair))
        return;
    for (QTcpSocket *socket : {pair->client.data(), pair->upstream.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    delete pair;
}

} // namespace lectern::test
