#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class QWebSocket;

namespace lectern {

// Notices a WebSocket whose peer has gone silent (a server that froze, a network that dropped
// without a word): pings every `interval`, and when the pong to one ping has not come back by
// the next, aborts the socket. Its owner sees that as any other lost connection
// (QWebSocket::disconnected) and reconnects. A child of its owner, so it follows it to another
// thread. `name` says whose connection it is in the log.
class WebSocketHeartbeat : public QObject
{
    Q_OBJECT

public:
    WebSocketHeartbeat(QString name, std::chrono::milliseconds interval, QObject *parent);

    // Starts watching `socket`, which has just connected (and stops watching any other).
    void watch(QWebSocket *socket);
    void stop();

private:
    void beat();

    QString m_name;
    QTimer m_timer;
    QPointer<QWebSocket> m_socket;
    bool m_awaitingPong = false;
};

} // namespace lectern
