// What SIGTERM (LecternServer::shutdown) does to clients: no new connections, replies to the
// requests already taken, then a "going away" close.
#include "SyncFixture.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class ShutdownTest : public SyncFixture
{
};

// True when a TCP connection to the port is refused (nothing listens any more).
bool refusesConnections(quint16 port)
{
    QTcpSocket probe;
    QSignalSpy failed(&probe, &QTcpSocket::errorOccurred);
    QSignalSpy connected(&probe, &QTcpSocket::connected);
    probe.connectToHost(QHostAddress::LocalHost, port);
    const QDeadlineTimer deadline(kWaitMs);
    while (failed.isEmpty() && connected.isEmpty() && !deadline.hasExpired())
        failed.wait(20);
    return !failed.isEmpty() && probe.error() == QAbstractSocket::ConnectionRefusedError;
}
} // namespace

TEST_F(ShutdownTest, ARequestInFlightIsAnsweredBeforeTheGoingAwayClose)
{
    start();
    // Hold the password hashing worker, so the registration is still being served at shutdown.
    QSemaphore gate;
    std::atomic<bool> hashing = false;
    m_server->accounts().hasher().setWorkerHookForTesting([&] {
        hashing = true;
        gate.tryAcquire(1, kWaitMs);
    });
    auto registering = anonymous();
    auto idle = anonymous();
    registering->socket().sendTextMessage(QString::fromUtf8(QJsonDocument(frame(
        u"auth.register"_s, {{u"username"_s, u"late"_s}, {u"password"_s, u"correct horse battery"_s},
                             {u"device_name"_s, u"Laptop"_s}})).toJson(QJsonDocument::Compact)));
    QDeadlineTimer deadline(kWaitMs);
    while (!hashing && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_TRUE(hashing);

    const quint16 port = m_server->port();
    QSignalSpy stopped(m_server.get(), &server::LecternServer::stopped);
    m_server->shutdown();
    EXPECT_TRUE(refusesConnections(port)) << "still accepting after shutdown";
    // The idle client is closed at once; the one waiting for its reply stays until it has it.
    ASSERT_TRUE(idle->waitForDisconnect());
    EXPECT_EQ(idle->socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_TRUE(registering->isConnected());
    // A request sent while draining is refused as safe to resend.
    EXPECT_TRUE(isError(registering->request(frame(u"ping"_s)), u"internal_error"_s));

    gate.release();
    const QJsonObject reply = registering->nextMessage();
    EXPECT_TRUE(isOk(reply));
    EXPECT_FALSE(reply.value(u"token"_s).toString().isEmpty());
    ASSERT_TRUE(registering->waitForDisconnect());
    EXPECT_EQ(registering->socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_TRUE(m_server->hasStopped() || stopped.wait(kWaitMs));
    EXPECT_EQ(scalar(u"SELECT count(*) FROM users WHERE username = 'late'"_s), 1);
}

TEST_F(ShutdownTest, SigtermClosesConnectedClientsWithGoingAwayAndExitsZero)
{
    QProcessEnvironment environment = serverEnvironment(m_database->url());
    ServerProcess server({}, environment);
    const quint16 port = server.waitUntilListening();
    ASSERT_NE(port, 0) << server.log().toStdString();
    TestClient client(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
    ASSERT_TRUE(isOk(client.request(frame(u"ping"_s))));

    // Not terminate(): that blocks until the exit, and this client must answer the close handshake.
    ASSERT_TRUE(server.sendSignal(SIGTERM));
    ASSERT_TRUE(client.waitForDisconnect());
    EXPECT_EQ(client.socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_EQ(server.waitForExit(), 0) << server.log().toStdString();
    EXPECT_TRUE(server.log().contains(u"shutting down; 1 clients connected"_s)) << server.log().toStdString();
    EXPECT_FALSE(server.log().contains(u"did not close in time"_s)) << server.log().toStdString();
}
