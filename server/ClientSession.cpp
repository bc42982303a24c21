#include "server/ClientSession.h"

#include "server/ListenAddress.h"
#include "server/ServerLogging.h"
#include "server/metrics/ServerMetrics.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

namespace lectern::server {

using protocol::ErrorCode;
using protocol::Frame;

namespace {
// The address failed logins are counted against. Behind the nginx sample every connection
// comes from loopback, which would put all clients under one limit; nginx appends the address
// it saw to X-Forwarded-For, so from a loopback peer the last entry of that header is the
// client. Earlier entries are whatever the client sent and are never trusted, nor is the
// header from a peer that is not on this machine.
QString clientAddress(const QWebSocket &socket)
{
    const QHostAddress peer = socket.peerAddress();
    if (peer.isLoopback()) {
        const QByteArray forwarded = socket.request().rawHeader("X-Forwarded-For");
        const QHostAddress last(QString::fromLatin1(forwarded.split(',').constLast().trimmed()));
        if (!forwarded.isEmpty() && !last.isNull())
            return last.toString();
    }
    return peer.toString();
}
} // namespace

ClientSession::ClientSession(QWebSocket *socket, const RequestRouter &router, QObject *parent)
    : QObject(parent), m_socket(socket), m_router(router), m_peer(formatHostPort(socket->peerAddress(), socket->peerPort()))
    , m_peerAddress(clientAddress(*socket))
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientSession::receiveText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientSession::receiveBinary);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        qCInfo(lcServerWebSocket).noquote() << m_peer << "disconnected:" << m_socket->closeCode() << m_socket->closeReason();
        emit closed();
    });
}

bool ClientSession::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void ClientSession::send(const Frame &frame)
{
    send(frame, frame.toText());
}

void ClientSession::send(const Frame &frame, const QString &text)
{
    if (m_metrics)
        m_metrics->frameSent(frame);
    m_socket->sendTextMessage(text);
}

void ClientSession::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    m_socket->close(code, reason);
}

void ClientSession::closeWhenAnswered(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_inFlight == 0)
        return close(code, reason);
    m_pendingClose = PendingClose{code, reason};
}

void ClientSession::receiveText(const QString &message)
{
    if (m_metrics)
        m_metrics->frameReceived();
    QElapsedTimer served;
    served.start();
    const auto parsed = Frame::parse(message);
    if (!parsed) {
        qCDebug(lcServerWebSocket).noquote() << m_peer << "sent a bad frame:" << parsed.error().error.code
                                             << parsed.error().error.message;
        send(parsed.errorReply());
        return;
    }
    const Frame &request = parsed.frame();
    if (!request.hasRid()) {
        send(Frame::makeError({}, ErrorCode::MissingRid,
                              tr("The request \"%1\" has no \"rid\"; every request needs one so its reply can be matched.")
                                  .arg(request.type())));
        return;
    }
    if (m_pendingClose) {
        send(Frame::makeError(request.rid(), ErrorCode::InternalError,
                              tr("The server is shutting down; send this again once reconnected.")));
        return;
    }

    // The handler may answer after this session is gone, or (by mistake) twice; only the first
    // answer to a live session is sent.
    auto answered = std::make_shared<bool>(false);
    QPointer<ClientSession> self(this);
    const QString rid = request.rid();
    ++m_inFlight;
    // Only served types become labels, so a client cannot grow the metrics without bound.
    const QString typeLabel = m_router.handles(request.type()) ? request.type() : QStringLiteral("unknown");
    m_router.dispatch(request, *this, RequestRouter::Reply([self, answered, rid, served, typeLabel](
                                                               const Result<QJsonObject> &result,
                                                               const QJsonObject &errorDetails) {
        if (*answered || !self)
            return;
        *answered = true;
        self->sendReply(rid, result, errorDetails);
        if (self->m_metrics)
            self->m_metrics->requestServed(typeLabel, std::chrono::nanoseconds(served.nsecsElapsed()));
        if (--self->m_inFlight == 0 && self->m_pendingClose)
            self->close(self->m_pendingClose->code, self->m_pendingClose->reason);
    }));
}

void ClientSession::receiveBinary(const QByteArray &message)
{
    if (m_metrics)
        m_metrics->frameReceived();
    send(Frame::makeError({}, ErrorCode::MalformedJson,
                          tr("Frames are JSON text messages; a binary message of %1 bytes was ignored.").arg(message.size())));
}

void ClientSession::sendReply(const QString &rid, const Result<QJsonObject> &result, const QJsonObject &errorDetails)
{
    if (result)
        send(Frame::makeOk(rid, *result));
    else
        send(Frame::makeError(rid, result.error(), errorDetails));
}

} // namespace lectern::server
