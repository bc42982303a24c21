#include "server/SharedPortListener.h"

#include "server/ServerLogging.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

// The timer that bounds how long a connection may stay with us before it is answered and closed.
constexpr auto kDeadlineName = "lectern-deadline";
// Set once a connection has had its reply, so the deadline knows to cut rather than answer.
constexpr auto kAnsweredProperty = "lectern-answered";

QString peerOf(const QTcpSocket *socket)
{
    return formatHostPort(socket->peerAddress(), socket->peerPort());
}
} // namespace

SharedPortListener::SharedPortListener(const HttpRouter &router, Limits limits, QObject *parent)
    : QObject(parent), m_router(router), m_limits(limits), m_server(std::make_unique<QTcpServer>())
{
}

Status SharedPortListener::listen(const ListenAddress &address, const std::optional<QSslConfiguration> &tls)
{
    m_encrypted = tls.has_value();
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        // A client that never finishes its handshake is dropped like one that never sends its head.
        server->setHandshakeTimeout(int(m_limits.headTimeout.count()));
        connect(server.get(), &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCInfo(lcServerHttp).noquote() << peerOf(socket) << "failed the TLS handshake:" << socket->errorString();
        });
        m_server = std::move(server);
    }
    // Not newConnection: a QSslServer emits that before the handshake, when nothing is pending yet.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &SharedPortListener::acceptPending);
    if (!m_server->listen(address.host, address.port))
        return Error{u"listen_failed"_s,
                     QCoreApplication::translate("lectern::server::SharedPortListener", "Could not listen on %1: %2")
                         .arg(address.toString(), m_server->errorString())};
    return success();
}

void SharedPortListener::close()
{
    m_server->close();
}

void SharedPortListener::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Bounds the memory a client can make us hold before we have seen its whole head.
        socket->setReadBufferSize(m_limits.maxHeadBytes + 1);
        auto *deadline = new QTimer(socket);
        deadline->setObjectName(QLatin1StringView(kDeadlineName));
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, socket] { timedOut(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        deadline->start(m_limits.headTimeout);
        if (socket->bytesAvailable() > 0)
            inspect(socket);
    }
}

void SharedPortListener::inspect(QTcpSocket *socket)
{
    const QByteArray data = socket->peek(m_limits.maxHeadBytes + 1);
    const qsizetype end = HttpRequestHead::endOfHead(data);
    if (end < 0 || end > m_limits.maxHeadBytes) {
        if (data.size() > m_limits.maxHeadBytes) {
            qCInfo(lcServerHttp).noquote() << peerOf(socket) << "sent a request head over" << m_limits.maxHeadBytes << "bytes";
            answer(socket, HttpResponse::error(431, "request_head_too_large"));
        }
        return;
    }

    const auto head = HttpRequestHead::parse(QByteArrayView(data).first(end));
    if (!head) {
        qCInfo(lcServerHttp).noquote() << peerOf(socket) << "sent a bad request:" << head.error().message;
        answer(socket, HttpResponse::error(400, "bad_request", head.error().message));
        return;
    }
    if (head->isWebSocketUpgrade()) {
        // From here on the socket belongs to the WebSocket server, which reads the head itself.
        disconnect(socket, nullptr, this, nullptr);
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        delete socket->findChild<QTimer *>(QLatin1StringView(kDeadlineName), Qt::FindDirectChildrenOnly);
        socket->setReadBufferSize(0);
        qCDebug(lcServerWebSocket).noquote() << peerOf(socket) << "asks for a WebSocket on" << head->target;
        emit webSocketRequested(socket);
        return;
    }
    const HttpResponse response = m_router.respond(*head);
    qCDebug(lcServerHttp).noquote() << peerOf(socket) << head->method << head->target << response.status;
    answer(socket, response, head->method != "HEAD");
}

void SharedPortListener::answer(QTcpSocket *socket, const HttpResponse &response, bool withBody)
{
    // One request per connection: stop reading, reply, close. The deadline keeps running, so a
    // client that never reads the reply is still cut off.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->setProperty(kAnsweredProperty, true);
    socket->write(response.serialize(withBody));
    socket->disconnectFromHost();
}

void SharedPortListener::timedOut(QTcpSocket *socket)
{
    if (!socket->property(kAnsweredProperty).toBool()) {
        qCInfo(lcServerHttp).noquote() << peerOf(socket) << "did not send a complete request head within"
                                       << m_limits.headTimeout.count() << "ms";
        answer(socket, HttpResponse::error(408, "request_timeout"));
        // The reply gets the same time again to drain; after that the connection is cut.
        if (auto *deadline = socket->findChild<QTimer *>(QLatin1StringView(kDeadlineName), Qt::FindDirectChildrenOnly))
            deadline->start(m_limits.headTimeout);
        return;
    }
    socket->abort();
}

} // namespace lectern::server
