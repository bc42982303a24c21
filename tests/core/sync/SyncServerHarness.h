#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

namespace lectern::test {

// A lectern-server process (the real binary) on a database of the test's, configured through the
// environment as systemd would. It can be stopped and started again on the same database.
class ServerProcess
{
public:
    explicit ServerProcess(QString databaseUrl) : m_databaseUrl(std::move(databaseUrl)) {}
    ~ServerProcess();

    // Starts the server on a port it picks and waits until it listens; 0 when it did not come up.
    quint16 start();
    // SIGTERM, as an operator's restart does; true when it exited cleanly.
    bool stop();
    QString log() const { return m_log; }

private:
    QString m_databaseUrl;
    QProcess m_process;
    QString m_log;
};

// A TCP relay between the clients and the server, so the test can take the network away, point
// the clients at a restarted server, and cut a connection at an exact moment: right after the
// server sent the reply to a push, before the client has read it.
class Relay : public QObject
{
    Q_OBJECT

public:
    Relay();
    quint16 port() const { return m_server.serverPort(); }

    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    // Offline: every connection is closed and new ones are closed as soon as they come.
    void setOffline(bool offline);
    // The next `sync.push` reply from the server is not delivered: the connection is cut instead.
    void dropNextPushReply() { m_dropPushReply = true; }
    int droppedPushReplies() const { return m_droppedPushReplies; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray early; // client bytes that came before the upstream connection was up
        QByteArray tail;  // the end of what the server sent, for a marker split between reads
    };
    void accept();
    void cut(Pair *pair);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    bool m_offline = false;
    bool m_dropPushReply = false;
    int m_droppedPushReplies = 0;
    QList<Pair *> m_pairs;
};

} // namespace lectern::test
