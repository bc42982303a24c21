#include "ServerFixture.h"

#include "lectern/Version.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject jsonBody(const QByteArray &response)
{
    return QJsonDocument::fromJson(httpBody(response)).object();
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: test\r\n\r\n";
}
} // namespace

using HttpEndpointTest = ServerFixture;

TEST_F(HttpEndpointTest, HealthzReportsTheDatabase)
{
    startServer();
    const QByteArray response = httpExchange(m_server->port(), get("/healthz"));
    EXPECT_EQ(httpStatus(response), 200) << response.toStdString();
    EXPECT_TRUE(response.contains("\r\nContent-Type: application/json\r\n"));
    EXPECT_TRUE(response.contains("\r\nConnection: close\r\n"));
    EXPECT_EQ(jsonBody(response), QJsonObject({{u"status"_s, u"ok"_s},
                                               {u"database"_s, u"ok"_s},
                                               {u"version"_s, QString::fromLatin1(kVersion)}}));
}

TEST_F(HttpEndpointTest, HealthzIs503WhileTheDatabaseIsGoneAndRecovers)
{
    startServer();
    ASSERT_EQ(httpStatus(httpExchange(m_server->port(), get("/healthz"))), 200);

    // Take the database away under the running server: no new connections, and its session killed.
    const QString name = m_database->name();
    ASSERT_TRUE(m_database->execAdmin(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(name)).ok());
    const Status terminated = m_database->execAdmin(
        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(name));
    ASSERT_TRUE(terminated.ok()) << terminated.error().message.toStdString();

    const QByteArray down = httpExchange(m_server->port(), get("/healthz"));
    EXPECT_EQ(httpStatus(down), 503) << down.toStdString();
    EXPECT_EQ(jsonBody(down).value(u"database"_s).toString(), u"unreachable"_s);
    EXPECT_EQ(jsonBody(down).value(u"version"_s).toString(), QString::fromLatin1(kVersion));

    // Once PostgreSQL takes connections again, the server reconnects by itself.
    ASSERT_TRUE(m_database->execAdmin(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(name)).ok());
    const QByteArray up = httpExchange(m_server->port(), get("/healthz"));
    EXPECT_EQ(httpStatus(up), 200) << up.toStdString();
    EXPECT_EQ(jsonBody(up).value(u"database"_s).toString(), u"ok"_s);
}

TEST_F(HttpEndpointTest, HeadGetsHeadersWithoutBody)
{
    startServer();
    const QByteArray response = httpExchange(m_server->port(), "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(httpStatus(response), 200);
    EXPECT_TRUE(httpBody(response).isEmpty());
    EXPECT_FALSE(response.contains("\r\nContent-Length: 0\r\n"));
}

TEST_F(HttpEndpointTest, UnknownPathsAre404)
{
    startServer();
    for (const char *path : {"/", "/healthz/extra", "/metrics/extra", "/index.html"}) {
        const QByteArray response = httpExchange(m_server->port(), get(path));
        EXPECT_EQ(httpStatus(response), 404) << path;
        EXPECT_EQ(jsonBody(response).value(u"error"_s).toString(), u"not_found"_s);
    }
    // The query string is not part of the path.
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), get("/healthz?full=1"))), 200);
}

TEST_F(HttpEndpointTest, OtherMethodsAre405)
{
    startServer();
    const QByteArray response =
        httpExchange(m_server->port(), "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    EXPECT_EQ(httpStatus(response), 405);
    EXPECT_TRUE(response.contains("\r\nAllow: GET, HEAD\r\n"));
}

TEST_F(HttpEndpointTest, BadRequestsAre400)
{
    // The start of a TLS handshake, as sent by a client that expected https.
    static const char kTlsHello[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n";
    startServer();
    for (const QByteArray &request : {QByteArray("HELLO\r\n\r\n"), QByteArray("GET /healthz\r\n\r\n"),
                                     QByteArray("GET /healthz HTTP/2.0\r\n\r\n"), QByteArray("GET healthz HTTP/1.1\r\n\r\n"),
                                     QByteArray("GET /healthz HTTP/1.1\r\nno colon here\r\n\r\n"),
                                     QByteArray("GET /healthz HTTP/1.1\nHost: x\n\r\n\r\n"),
                                     QByteArray(kTlsHello, sizeof(kTlsHello) - 1)}) {
        const QByteArray response = httpExchange(m_server->port(), request);
        EXPECT_EQ(httpStatus(response), 400) << request.toStdString() << " -> " << response.toStdString();
    }
}

TEST_F(HttpEndpointTest, AnOversizedHeadIs431)
{
    startServer(); // head limit 2048 bytes in tests
    const QByteArray request = "GET /healthz HTTP/1.1\r\nX-Padding: " + QByteArray(4096, 'a') + "\r\n\r\n";
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), request)), 431);
    // Even if the client never finishes its head.
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), QByteArray(4096, 'G'))), 431);
}

TEST_F(HttpEndpointTest, ASlowClientIsCutOff)
{
    startServer(); // 300 ms to send a head in tests
    QTcpSocket slow;
    QSignalSpy connected(&slow, &QTcpSocket::connected);
    QSignalSpy disconnected(&slow, &QTcpSocket::disconnected);
    slow.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(!connected.isEmpty() || connected.wait(10'000));
    slow.write("GET /healthz HTTP/1.1\r\nHost: x\r\n"); // never finished
    ASSERT_TRUE(!disconnected.isEmpty() || disconnected.wait(10'000));
    EXPECT_EQ(httpStatus(slow.readAll()), 408);

    // The server is still there for everyone else.
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), get("/healthz"))), 200);
}

TEST_F(HttpEndpointTest, AnIdleConnectionIsCutOff)
{
    startServer();
    QTcpSocket idle;
    QSignalSpy connected(&idle, &QTcpSocket::connected);
    QSignalSpy disconnected(&idle, &QTcpSocket::disconnected);
    idle.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(!connected.isEmpty() || connected.wait(10'000));
    EXPECT_TRUE(!disconnected.isEmpty() || disconnected.wait(10'000));
}

TEST_F(HttpEndpointTest, WebSocketAndHttpShareThePort)
{
    startServer();
    TestClient client(webSocketUrl());
    ASSERT_TRUE(client.isConnected());
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), get("/healthz"))), 200);
    const QJsonObject reply =
        client.request(QJsonObject{{u"v"_s, 1}, {u"type"_s, u"ping"_s}, {u"rid"_s, u"shared"_s}});
    EXPECT_EQ(reply.value(u"rid"_s).toString(), u"shared"_s);
}

TEST_F(HttpEndpointTest, ABrokenWebSocketHandshakeIsRefused)
{
    startServer();
    // Asks for an upgrade but leaves out the key and version the handshake needs.
    const QByteArray response = httpExchange(
        m_server->port(), "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
    EXPECT_NE(httpStatus(response), 101) << response.toStdString();
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), get("/healthz"))), 200);
}

TEST_F(HttpEndpointTest, SurvivesRandomBytes)
{
    startServer();
    QRandomGenerator random(424242); // fixed seed: a failure can be replayed
    for (int i = 0; i < 60; ++i) {
        QByteArray junk(random.bounded(1, 3000), Qt::Uninitialized);
        for (char &byte : junk)
            byte = char(random.bounded(256));
        if (i % 2 == 0)
            junk += "\r\n\r\n"; // a "complete" head half of the time
        const QByteArray response = httpExchange(m_server->port(), junk);
        // Whatever came back, the connection was answered or cut, never left hanging.
        EXPECT_TRUE(response.isEmpty() || response.startsWith("HTTP/1.1 4")) << response.left(80).toStdString();
    }
    EXPECT_EQ(httpStatus(httpExchange(m_server->port(), get("/healthz"))), 200);
}
