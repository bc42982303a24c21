#include "connection/WebSocketHeartbeat.h"

#include <QHostAddress>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>

#include <gtest/gtest.h>

using namespace lectern;
using namespace std::chrono_literals;

namespace {

constexpr int kHeartbeatWaitMs = 10000;

// A WebSocket server on its own thread that can be frozen, like a server process that hangs: it
// then reads nothing and answers no ping, while its connections stay open.
class FreezableServer
{
public:
    FreezableServer()
    {
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_context, [this] {
            m_server = new QWebSocketServer(QStringLiteral("heartbeat test"), QWebSocketServer::NonSecureMode, m_context);
            m_server->listen(QHostAddress::LocalHost);
            m_url = m_server->serverUrl();
            QObject::connect(m_server, &QWebSocketServer::newConnection, m_context, [this] {
                while (QWebSocket *socket = m_server->nextPendingConnection())
                    socket->setParent(m_context);
            });
        }, Qt::BlockingQueuedConnection);
    }

    ~FreezableServer()
    {
        thaw();
        QMetaObject::invokeMethod(m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QUrl url() const { return m_url; }

    // Blocks the server's thread until thaw().
    void freeze()
    {
        m_frozen = true;
        QMetaObject::invokeMethod(m_context, [this] { m_thaw.acquire(); });
    }

    void thaw()
    {
        if (std::exchange(m_frozen, false))
            m_thaw.release();
    }

private:
    QThread m_thread;
    QObject *m_context = new QObject;
    QWebSocketServer *m_server = nullptr;
    QUrl m_url;
    QSemaphore m_thaw;
    bool m_frozen = false;
};

bool connectTo(const FreezableServer &server, QWebSocket &socket)
{
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(server.url());
    return connected.wait(kHeartbeatWaitMs);
}

} // namespace

TEST(WebSocketHeartbeat, AServerThatAnswersItsPingsKeepsTheConnection)
{
    FreezableServer server;
    QWebSocket socket;
    ASSERT_TRUE(connectTo(server, socket));

    QObject owner;
    WebSocketHeartbeat heartbeat(QStringLiteral("test"), 20ms, &owner);
    heartbeat.watch(&socket);
    QSignalSpy pongs(&socket, &QWebSocket::pong);
    // Several rounds of ping and pong, each answered before the next ping.
    ASSERT_TRUE(QTest::qWaitFor([&] { return pongs.count() >= 5; }, kHeartbeatWaitMs));
    EXPECT_EQ(socket.state(), QAbstractSocket::ConnectedState);
    heartbeat.stop();
}

TEST(WebSocketHeartbeat, AServerThatStopsAnsweringIsGivenUpOn)
{
    FreezableServer server;
    QWebSocket socket;
    ASSERT_TRUE(connectTo(server, socket));

    QObject owner;
    WebSocketHeartbeat heartbeat(QStringLiteral("test"), 20ms, &owner);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    server.freeze();
    heartbeat.watch(&socket);
    // The first ping goes unanswered; at the next beat the heartbeat aborts the socket, which the
    // owner sees as a lost connection.
    ASSERT_TRUE(disconnected.wait(kHeartbeatWaitMs));
    EXPECT_NE(socket.state(), QAbstractSocket::ConnectedState);
}
