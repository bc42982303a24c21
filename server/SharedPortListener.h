#pragma once

#include "base/Result.h"
#include "server/HttpRouter.h"
#include "server/ListenAddress.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <chrono>
#include <memory>
#include <optional>

class QTcpSocket;

namespace lectern::server {

// Accepts TCP connections on the server's one port and tells WebSocket from plain HTTP by the
// request head, which it peeks at without consuming: a WebSocket upgrade is handed on untouched
// (webSocketRequested), anything else is answered from the HttpRouter and closed.
// A client gets `headTimeout` to send a complete head of at most `maxHeadBytes`, so a slow or
// hostile client cannot hold a connection open.
class SharedPortListener : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        std::chrono::milliseconds headTimeout;
        qsizetype maxHeadBytes;
    };

    SharedPortListener(const HttpRouter &router, Limits limits, QObject *parent = nullptr);

    // With `tls`, every connection first completes a TLS handshake (within headTimeout) and is
    // then told apart and served as a plain one would be. Fails with `listen_failed`, naming the
    // address and the system's reason.
    Status listen(const ListenAddress &address, const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    bool isListening() const { return m_server->isListening(); }
    bool isEncrypted() const { return m_encrypted; }
    QHostAddress address() const { return m_server->serverAddress(); }
    quint16 port() const { return m_server->serverPort(); }

signals:
    // A complete WebSocket upgrade request is waiting unread in `socket`. The receiver takes the
    // socket over (QWebSocketServer::handleConnection).
    void webSocketRequested(QTcpSocket *socket);

private:
    void acceptPending();
    void inspect(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const HttpResponse &response, bool withBody = true);
    void timedOut(QTcpSocket *socket);

    const HttpRouter &m_router;
    Limits m_limits;
    // A QSslServer when serving TLS.
    std::unique_ptr<QTcpServer> m_server;
    bool m_encrypted = false;
};

} // namespace lectern::server
