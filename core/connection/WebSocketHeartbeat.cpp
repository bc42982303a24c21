#include "connection/WebSocketHeartbeat.h"

#include "connection/ConnectionLog.h"

#include <QWebSocket>

namespace lectern {

WebSocketHeartbeat::WebSocketHeartbeat(QString name, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_timer(this)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &WebSocketHeartbeat::beat);
}

void WebSocketHeartbeat::watch(QWebSocket *socket)
{
    stop();
    m_socket = socket;
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (socket == m_socket)
            m_awaitingPong = false;
    });
    m_timer.start();
}

void WebSocketHeartbeat::stop()
{
    m_timer.stop();
    m_awaitingPong = false;
    if (m_socket)
        m_socket->disconnect(this);
    m_socket.clear();
}

void WebSocketHeartbeat::beat()
{
    if (!m_socket) {
        m_timer.stop();
        return;
    }
    if (m_awaitingPong) {
        qCInfo(lcConnection, "%s connection: no answer to the last ping; reconnecting", qUtf8Printable(m_name));
        m_socket->abort();
        return;
    }
    m_awaitingPong = true;
    m_socket->ping();
}

} // namespace lectern
