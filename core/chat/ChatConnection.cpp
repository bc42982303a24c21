#include "chat/ChatConnection.h"

#include "chat/ChatLog.h"
#include "protocol/Auth.h"
#include "protocol/ErrorCode.h"

#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace lectern {

using namespace protocol;

ChatConnection::ChatConnection(ChatTiming timing, QObject *parent)
    : QObject(parent), m_timing(timing), m_retryDelay(timing.firstRetry)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChatConnection::openConnection);
    m_heartbeatTimer.setInterval(m_timing.heartbeat);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_awaitingPong) {
            qCInfo(lcChat) << "no answer to the last ping; reconnecting";
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
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
    m_retryDelay = m_timing.firstRetry;
    m_reconnectTimer.stop();
    openConnection();
}

void ChatConnection::stop()
{
    m_token.clear();
    m_reconnectTimer.stop();
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
    connect(socket, &QWebSocket::connected, this, [this, connection] {
        if (connection != m_connection)
            return;
        m_awaitingPong = false;
        m_heartbeatTimer.start();
        const QString rid = QString::number(++m_nextRid);
        m_replies.insert(rid, [this](const Frame &reply) {
            if (reply.isOk()) {
                m_userId = reply.json().value(AuthField::UserId).toInteger();
                m_username = reply.json().value(AuthField::Username).toString();
                m_retryDelay = m_timing.firstRetry;
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
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
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
    m_awaitingPong = false;
    m_replies.clear();
    m_heartbeatTimer.stop();
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
    // Jitter, so a classroom's clients do not all come back in the same millisecond.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const auto wait = std::chrono::milliseconds(qint64(double(m_retryDelay.count()) * jitter));
    qCInfo(lcChat) << "reconnecting in" << wait.count() << "ms";
    m_reconnectTimer.start(wait);
    m_retryDelay = std::min(m_retryDelay * 2, m_timing.maxRetry);
}

void ChatConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lectern
