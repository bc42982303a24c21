#include "chat/ChatConnection.h"

#include "chat/ChatLog.h"
#include "connection/ReconnectSchedule.h"
#include "connection/WebSocketHeartbeat.h"
#include "protocol/Auth.h"
#include "protocol/ErrorCode.h"

#include <QWebSocket>

namespace lectern {

using namespace protocol;

ChatConnection::ChatConnection(ChatTiming timing, QObject *parent)
    : QObject(parent)
    , m_timing(timing)
    , m_reconnect(new ReconnectSchedule(timing.firstRetry, timing.maxRetry, this))
    , m_heartbeat(new WebSocketHeartbeat(QStringLiteral("chat"), timing.heartbeat, this))
{
    connect(m_reconnect, &ReconnectSchedule::due, this, &ChatConnection::openConnection);
}

ChatConnection::~ChatConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

void ChatConnection::start(const QUrl &server, const QString &token)
{
    closeConnection();
    m_server = server;
    m_token = token;
    m_problem.clear();
    m_reconnect->reset();
    m_reconnect->cancel();
    openConnection();
}

void ChatConnection::stop()
{
    m_token.clear();
    m_reconnect->cancel();
    closeConnection();
    m_userId = 0;
    m_username.clear();
    m_problem.clear();
    setState(State::Stopped);
}

bool ChatConnection::send(QLatin1StringView type, const QJsonObject &fields, ReplyHandler handler)
{
    if (m_state != State::Online || !m_socket)
        return false;
    const QString rid = QString::number(++m_nextRid);
    m_replies.insert(rid, std::move(handler));
    m_socket->sendTextMessage(Frame::makeRequest(QString(type), rid, fields).toText());
    return true;
}

void ChatConnection::openConnection()
{
    if (m_token.isEmpty() || m_socket)
        return;
    const quint64 connection = ++m_connection;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, connection, socket] {
        if (connection != m_connection)
            return;
        m_heartbeat->watch(socket);
        const QString rid = QString::number(++m_nextRid);
        m_replies.insert(rid, [this](const Frame &reply) {
            if (reply.isOk()) {
                m_userId = reply.json().value(AuthField::UserId).toInteger();
                m_username = reply.json().value(AuthField::Username).toString();
                m_reconnect->reset();
                m_problem.clear();
                qCInfo(lcChat) << "signed in to chat as" << m_username;
                setState(State::Online);
                emit signedIn(m_userId, m_username);
                return;
            }
            const Error error = reply.error();
            if (error.code == errorCodeName(ErrorCode::InternalError)) {
                m_problem = error.message;
                onConnectionLost();
                return;
            }
            qCInfo(lcChat) << "the server refused the stored token:" << error.code;
            m_token.clear();
            m_problem = tr("The sign-in has expired; sign in again in Settings › Device Sync.");
            closeConnection();
            setState(State::Refused);
        });
        m_socket->sendTextMessage(
            Frame::makeRequest(QString(FrameType::AuthResume), rid, {{AuthField::Token.toString(), m_token}}).toText());
    });
    connect(socket, &QWebSocket::disconnected, this, [this, connection] {
        if (connection == m_connection)
            onConnectionLost();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, connection, socket](QAbstractSocket::SocketError error) {
        if (connection != m_connection)
            return;
        qCInfo(lcChat) << "connection error" << error << socket->errorString();
        m_problem = tr("Cannot reach the server: %1").arg(socket->errorString());
        onConnectionLost();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, connection](const QString &text) {
        if (connection == m_connection)
            onMessage(text);
    });
    setState(State::Connecting);
    qCInfo(lcChat) << "connecting to" << m_server.toDisplayString();
    socket->open(m_server);
}

void ChatConnection::onMessage(const QString &text)
{
    const FrameParseResult parsed = Frame::parse(text);
    if (!parsed) {
        qCWarning(lcChat) << "ignoring a message that is not a frame:" << parsed.error().error.message;
        return;
    }
    const Frame &frame = parsed.frame();
    if (frame.hasRid()) {
        if (const ReplyHandler handler = m_replies.take(frame.rid()))
            handler(frame);
        return;
    }
    if (m_state == State::Online)
        emit eventReceived(frame);
}

void ChatConnection::onConnectionLost()
{
    if (m_socket && m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal)
        qCInfo(lcChat) << "connection lost:" << m_socket->closeCode() << m_socket->closeReason();
    closeConnection();
    if (m_token.isEmpty())
        return;
    setState(State::Waiting);
    scheduleReconnect();
}

void ChatConnection::closeConnection()
{
    ++m_connection;
    m_replies.clear();
    m_heartbeat->stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket.data();
    m_socket.clear();
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close();
    else
        socket->abort();
    socket->deleteLater();
}

void ChatConnection::scheduleReconnect()
{
    qCInfo(lcChat) << "reconnecting in" << m_reconnect->scheduleNext().count() << "ms";
}

void ChatConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lectern
