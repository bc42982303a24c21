#pragma once

#include "TestDatabase.h"

#include "base/Clock.h"
#include "server/LecternServer.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace lectern::test {

// A test that runs lectern-server in-process against its own fresh database.
class ServerFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // A config for the test database, listening on a free port on 127.0.0.1, with short limits.
    server::ServerConfig config() const;
    // Starts a server with config(); fails the test if it does not start.
    server::LecternServer &startServer();
    // Starts a server with a config of the test's own.
    server::LecternServer &startServer(const server::ServerConfig &config);
    // Shuts the running server down and waits until it has stopped, then destroys it.
    void stopServer();

    QUrl webSocketUrl() const;

    std::unique_ptr<TestDatabase> m_database;
    ManualClock m_clock;
    std::unique_ptr<server::LecternServer> m_server;
};

// A WebSocket client that sends a frame and waits for the next message.
class TestClient
{
public:
    explicit TestClient(const QUrl &url);
    // Opens with the request's headers, e.g. the X-Forwarded-For a reverse proxy adds.
    explicit TestClient(const QNetworkRequest &request);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Sends `text` as a text message and returns the next text message received, parsed as JSON.
    // An empty object when nothing came within a few seconds.
    QJsonObject request(const QString &text);
    QJsonObject request(const QJsonObject &frame);
    QJsonObject requestBinary(const QByteArray &data);
    // Waits for the next text message.
    QJsonObject nextMessage();
    // Waits until the server closes the connection; false if it does not.
    bool waitForDisconnect();
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QString> m_received;
};

// Sends a raw HTTP request and returns everything the server sent before closing.
QByteArray httpExchange(quint16 port, const QByteArray &request);
// The status code of a raw HTTP response, and its body.
int httpStatus(const QByteArray &response);
QByteArray httpBody(const QByteArray &response);

} // namespace lectern::test
