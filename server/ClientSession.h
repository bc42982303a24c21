#pragma once

#include "protocol/Frame.h"
#include "server/RequestRouter.h"

#include <QObject>
#include <QWebSocket>

#include <optional>

namespace lectern::server {

class ServerMetrics;

// One client's WebSocket connection: reads frames, answers each request exactly once through the
// RequestRouter, and turns every malformed frame into an `error` reply instead of dropping the
// connection. Once the client signs in, the session knows its user and device.
// Who is signed in on a session.
struct SessionIdentity
{
    qint64 userId = 0;
    QString username;
    qint64 deviceId = 0; // the device_tokens row of the token in use
};

class ClientSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    ClientSession(QWebSocket *socket, const RequestRouter &router, QObject *parent = nullptr);

    // Counts this session's frames and request latencies; not owned, may stay unset.
    void setMetrics(ServerMetrics *metrics) { m_metrics = metrics; }

    QString peer() const { return m_peer; }
    // The client's IP address without the port (failed logins are counted per address); from a
    // loopback peer (a reverse proxy on this machine), the last X-Forwarded-For entry.
    QString peerAddress() const { return m_peerAddress; }
    bool isConnected() const;

    bool isAuthenticated() const { return m_identity.has_value(); }
    const std::optional<SessionIdentity> &identity() const { return m_identity; }
    // The signed-in user's id, or 0.
    qint64 userId() const { return m_identity ? m_identity->userId : 0; }
    void setIdentity(std::optional<SessionIdentity> identity)
    {
        const qint64 before = userId();
        m_identity = std::move(identity);
        if (userId() != before)
            emit userChanged(before);
    }

    // Sends a frame that is not a reply (server-pushed events).
    void send(const protocol::Frame &frame);
    // The same with the frame already serialised (`text` is frame.toText()), for an event that
    // goes to many sessions.
    void send(const protocol::Frame &frame, const QString &text);
    // Starts the closing handshake; `closed` follows.
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    // Closes once every request already received has had its reply (at once when none is
    // waiting); requests arriving meanwhile are refused with internal_error, safe to resend.
    void closeWhenAnswered(QWebSocketProtocol::CloseCode code, const QString &reason);
    int requestsInFlight() const { return m_inFlight; }

signals:
    void closed();
    // The session signed in, out, or in as someone else; `previousUserId` is 0 when it was signed out.
    void userChanged(qint64 previousUserId);

private:
    void receiveText(const QString &message);
    void receiveBinary(const QByteArray &message);
    void sendReply(const QString &rid, const Result<QJsonObject> &result, const QJsonObject &errorDetails);

    QWebSocket *m_socket;
    const RequestRouter &m_router;
    QString m_peer;
    QString m_peerAddress;
    std::optional<SessionIdentity> m_identity;
    ServerMetrics *m_metrics = nullptr;
    int m_inFlight = 0;
    struct PendingClose
    {
        QWebSocketProtocol::CloseCode code;
        QString reason;
    };
    std::optional<PendingClose> m_pendingClose;
};

} // namespace lectern::server
