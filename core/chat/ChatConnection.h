#pragma once

#include "base/Result.h"
#include "protocol/Frame.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QWebSocket;

namespace lectern {

class ReconnectSchedule;
class WebSocketHeartbeat;

// How the chat connection paces itself; tests shorten the waits.
struct ChatTiming
{
    // The first wait before reconnecting after a drop; it doubles with each failed attempt.
    std::chrono::milliseconds firstRetry{500};
    std::chrono::milliseconds maxRetry{30'000};
    // A WebSocket ping this often; a connection whose pong does not come back by the next one is dead.
    std::chrono::milliseconds heartbeat{30'000};
};

// The WebSocket to lectern-server that study groups and chat use, signed in with the device's
// stored session token (the one device sync keeps). It lives on the thread that made it (the UI
// thread): Qt's sockets never block, so nothing here waits. After a drop it reconnects with
// growing, jittered waits until stop(); a refused token stops it for good.
class ChatConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,    // no account, or stopped
        Connecting, // opening the socket or signing in
        Online,     // signed in; requests go out
        Waiting,    // the connection dropped; trying again soon
        Refused,    // the server refused the token: the student must sign in again
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const protocol::Frame &reply)>;

    explicit ChatConnection(ChatTiming timing = {}, QObject *parent = nullptr);
    ~ChatConnection() override;

    void start(const QUrl &server, const QString &token);
    void stop();

    State state() const { return m_state; }
    qint64 userId() const { return m_userId; }
    QString username() const { return m_username; }
    // Why the last connection attempt failed, for the student; empty while all is well.
    QString problem() const { return m_problem; }

    // Sends a request when online and calls `handler` with its reply (never when the connection
    // drops first: requests are not replayed, the caller decides what to resend). False when offline.
    bool send(QLatin1StringView type, const QJsonObject &fields, ReplyHandler handler);

signals:
    void stateChanged(lectern::ChatConnection::State state);
    // Signed in (again): everything learnt before may be stale.
    void signedIn(qint64 userId, const QString &username);
    void eventReceived(const lectern::protocol::Frame &event);

private:
    void openConnection();
    void onMessage(const QString &text);
    void onConnectionLost();
    void closeConnection();
    void scheduleReconnect();
    void setState(State state);

    ChatTiming m_timing;
    QPointer<QWebSocket> m_socket;
    QHash<QString, ReplyHandler> m_replies;
    quint64 m_nextRid = 0;
    // Each attempt has its own number, so the signals of an abandoned socket are ignored.
    quint64 m_connection = 0;
    QUrl m_server;
    QString m_token;
    qint64 m_userId = 0;
    QString m_username;
    QString m_problem;
    State m_state = State::Stopped;
    ReconnectSchedule *m_reconnect;
    WebSocketHeartbeat *m_heartbeat;
};

} // namespace lectern
