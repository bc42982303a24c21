#include "ServerFixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;
constexpr int kServerWaitMs = 10'000;
} // namespace

void ServerFixture::SetUp()
{
    auto database = TestDatabase::create();
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    m_database = std::move(database).value();
}

void ServerFixture::TearDown()
{
    if (m_server)
        stopServer();
    m_database.reset();
}

server::ServerConfig ServerFixture::config() const
{
    server::ServerConfig config;
    config.listen.host = QHostAddress(QHostAddress::LocalHost);
    config.listen.port = 0;
    config.database = m_database->settings();
    config.requestHeadTimeout = std::chrono::milliseconds(300);
    config.maxRequestHeadBytes = 2048;
    config.maxFrameBytes = 64 * 1024;
    config.shutdownGrace = std::chrono::milliseconds(2000);
    return config;
}

server::LecternServer &ServerFixture::startServer()
{
    return startServer(config());
}

server::LecternServer &ServerFixture::startServer(const server::ServerConfig &config)
{
    m_server = std::make_unique<server::LecternServer>(config, m_clock);
    const Status started = m_server->start();
    EXPECT_TRUE(started.ok()) << started.error().message.toStdString();
    return *m_server;
}

void ServerFixture::stopServer()
{
    if (!m_server->hasStopped()) {
        QSignalSpy stopped(m_server.get(), &server::LecternServer::stopped);
        m_server->shutdown();
        EXPECT_TRUE(m_server->hasStopped() || stopped.wait(kServerWaitMs));
    }
    m_server.reset();
}

QUrl ServerFixture::webSocketUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_server->port()));
}

TestClient::TestClient(const QUrl &url) : TestClient(QNetworkRequest(url))
{
}

TestClient::TestClient(const QNetworkRequest &request)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &message) { m_received.append(message); });
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(request);
    if (connected.isEmpty())
        connected.wait(kServerWaitMs);
}

QJsonObject TestClient::nextMessage()
{
    if (m_received.isEmpty()) {
        QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
        if (!received.wait(kServerWaitMs))
            return {};
    }
    return QJsonDocument::fromJson(m_received.takeFirst().toUtf8()).object();
}

QJsonObject TestClient::request(const QString &text)
{
    m_socket.sendTextMessage(text);
    return nextMessage();
}

QJsonObject TestClient::request(const QJsonObject &frame)
{
    return request(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

QJsonObject TestClient::requestBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
    return nextMessage();
}

bool TestClient::waitForDisconnect()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
    return disconnected.wait(kServerWaitMs);
}

QByteArray httpExchange(quint16 port, const QByteArray &request)
{
    // The server runs in this thread, so wait through the event loop, never with blocking calls.
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (connected.isEmpty() && !connected.wait(kServerWaitMs))
        return {};
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    // The server closes the connection after its reply, so read until it does.
    if (disconnected.isEmpty())
        disconnected.wait(kServerWaitMs);
    response += socket.readAll();
    return response;
}

int httpStatus(const QByteArray &response)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
}

QByteArray httpBody(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

} // namespace lectern::test
