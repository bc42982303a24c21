#pragma once

#include "protocol/Frame.h"
#include "server/RequestRouter.h"

#include <QObject>
#include <QWebSocket>

namespace lectern::server {

// One client's WebSocket connection: reads frames, answers each request exactly once through the
// RequestRouter, and turns every malformed frame into an `error` reply instead of dropping the
// connection. Later: the authenticated user and device live here.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    ClientSession(QWebSocket *socket, const RequestRouter &router, QObject *parent = nullptr);

    QString peer() const { return m_peer; }
    bool isConnected() const;

    // Sends a frame that is not a reply (server-pushed events).
    void send(const protocol::Frame &frame);
    // Starts the closing handshake; `closed` follows.
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);

signals:
    void closed();

private:
    void receiveText(const QString &message);
    void receiveBinary(const QByteArray &message);
    void sendReply(const QString &rid, const Result<QJsonObject> &result);

    QWebSocket *m_socket;
    const RequestRouter &m_router;
    QString m_peer;
};

} // namespace lectern::server
