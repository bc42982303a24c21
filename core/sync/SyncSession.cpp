#include "sync/SyncSession.h"

#include "connection/ReconnectSchedule.h"
#include "connection/WebSocketHeartbeat.h"
#include "protocol/Auth.h"
#include "protocol/ErrorCode.h"
#include "protocol/Sync.h"
#include "sync/LibrarySyncStore.h"
#include "sync/SyncLog.h"

#include <QWebSocket>

#include <algorithm>

namespace lectern {

namespace {
using namespace protocol;

// Sign-in answers that no retry can change: the student must act.
bool refusesSignIn(const QString &code)
{
    return code != errorCodeName(ErrorCode::InternalError);
}
} // namespace

SyncSession::SyncSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    // Children, so that they move to the worker thread with the session.
    , m_reconnect(new ReconnectSchedule(m_options.timing.firstRetry, m_options.timing.maxRetry, this))
    , m_heartbeat(new WebSocketHeartbeat(QStringLiteral("sync"), m_options.timing.heartbeat, this))
    , m_pushTimer(this)
    , m_pollTimer(this)
{
    connect(m_reconnect, &ReconnectSchedule::due, this, &SyncSession::openConnection);
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(m_options.timing.pushDelay);
    connect(&m_pushTimer, &QTimer::timeout, this, &SyncSession::checkOutbox);
    m_pollTimer.setInterval(m_options.timing.outboxPoll);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncSession::checkOutbox);
}

SyncSession::~SyncSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

bool SyncSession::openStore()
{
    if (m_store)
        return true;
    auto store = LibrarySyncStore::open(m_options.dataDir, *m_options.clock);
    if (!store) {
        qCWarning(lcSync) << "cannot open the library for sync:" << store.error().message;
        m_stoppedByError = true;
        setState(SyncState::error(store.error().message));
        return false;
    }
    m_store = std::move(store).value();
    return true;
}

void SyncSession::resume(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
    m_password.clear();
    m_wanted = true;
    m_stoppedByError = false;
    if (!openStore())
        return;
    m_pollTimer.start();
    closeConnection();
    openConnection();
}

void SyncSession::signIn(const QUrl &server, const QString &username, const QString &password, bool createAccount)
{
    m_server = server;
    m_token.clear();
    m_username = username;
    m_password = password;
    m_createAccount = createAccount;
    m_wanted = true;
    m_stoppedByError = false;
    if (!openStore())
        return;
    m_pollTimer.start();
    closeConnection();
    openConnection();
}

void SyncSession::signOut()
{
    if (m_socket && m_authenticated) {
        // The reply is not waited for: the token is forgotten here either way.
        send(FrameType::AuthLogout, {}, [](const Frame &) {});
        m_socket->flush();
    }
    stop();
    emit signedOut();
}

void SyncSession::stop()
{
    m_wanted = false;
    m_token.clear();
    m_password.clear();
    m_reconnect->cancel();
    m_pollTimer.stop();
    closeConnection();
    setState(SyncState::offline());
}

void SyncSession::localChangesMade()
{
    if (!m_pushTimer.isActive())
        m_pushTimer.start();
}

void SyncSession::openConnection()
{
    if (!m_wanted || m_socket)
        return;
    const quint64 connection = ++m_connection;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, connection] {
        if (connection == m_connection)
            onConnected();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, connection] {
        if (connection == m_connection)
            onConnectionLost();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, connection, socket](QAbstractSocket::SocketError error) {
        qCInfo(lcSync) << "connection error" << error << socket->errorString();
        if (connection == m_connection)
            onConnectionLost();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, connection](const QString &text) {
        if (connection == m_connection)
            onMessage(text);
    });
    setState(SyncState::of(SyncState::Kind::Connecting));
    qCInfo(lcSync) << "connecting to" << m_server.toDisplayString();
    socket->open(m_server);
}

void SyncSession::closeConnection()
{
    ++m_connection;
    m_authenticated = false;
    m_roundRunning = false;
    m_roundAgain = false;
    m_replies.clear();
    m_heartbeat->stop();
    if (m_socket) {
        QWebSocket *socket = m_socket.data();
        m_socket.clear();
        socket->disconnect(this);
        // A socket the peer already closed only needs its resources freed.
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->close();
        else
            socket->abort();
        socket->deleteLater();
    }
}

void SyncSession::onConnected()
{
    m_heartbeat->watch(m_socket);
    authenticate();
}

void SyncSession::onConnectionLost()
{
    // Unacknowledged pushes stay in the outbox and go again on the next connection.
    if (m_socket)
        qCInfo(lcSync) << "connection lost:" << m_socket->closeCode() << m_socket->closeReason();
    closeConnection();
    if (!m_wanted || m_stoppedByError)
        return;
    publishIdleState();
    scheduleReconnect();
}

void SyncSession::scheduleReconnect()
{
    qCInfo(lcSync) << "reconnecting in" << m_reconnect->scheduleNext().count() << "ms";
}

void SyncSession::send(QLatin1StringView type, const QJsonObject &fields, ReplyHandler handler)
{
    const QString rid = QString::number(++m_nextRid);
    m_replies.insert(rid, std::move(handler));
    m_socket->sendTextMessage(Frame::makeRequest(QString(type), rid, fields).toText());
}

void SyncSession::onMessage(const QString &text)
{
    const FrameParseResult parsed = Frame::parse(text);
    if (!parsed) {
        qCWarning(lcSync) << "ignoring a message that is not a frame:" << parsed.error().error.message;
        return;
    }
    const Frame &frame = parsed.frame();
    if (frame.hasRid()) {
        const ReplyHandler handler = m_replies.take(frame.rid());
        if (handler)
            handler(frame);
        return;
    }
    if (frame.type() == FrameType::SyncChanged)
        startRound();
}

void SyncSession::authenticate()
{
    if (!m_token.isEmpty()) {
        send(FrameType::AuthResume, {{AuthField::Token.toString(), m_token}}, [this](const Frame &reply) {
            if (reply.isOk()) {
                m_username = reply.json().value(AuthField::Username).toString();
                onAuthenticated(reply.json().value(AuthField::UserId).toInteger());
                return;
            }
            const Error error = reply.error();
            if (!refusesSignIn(error.code)) {
                failRound(error, true);
                return;
            }
            qCInfo(lcSync) << "the server refused the stored token:" << error.code;
            m_token.clear();
            m_stoppedByError = true;
            emit signInRefused(error.code, error.message);
            setState(SyncState::error(tr("The sign-in has expired; sign in again in Settings.")));
            closeConnection();
        });
        return;
    }
    const QJsonObject fields{{AuthField::Username.toString(), m_username},
                             {AuthField::Password.toString(), m_password},
                             {AuthField::DeviceName.toString(), m_options.deviceName}};
    send(m_createAccount ? FrameType::AuthRegister : FrameType::AuthLogin, fields, [this](const Frame &reply) {
        if (reply.isOk()) {
            m_password.clear();
            m_token = reply.json().value(AuthField::Token).toString();
            emit signedIn(m_token, m_username);
            onAuthenticated(reply.json().value(AuthField::UserId).toInteger());
            return;
        }
        const Error error = reply.error();
        if (!refusesSignIn(error.code)) {
            failRound(error, true);
            return;
        }
        m_password.clear();
        m_stoppedByError = true;
        emit signInRefused(error.code, error.message);
        setState(SyncState::error(error.message));
        closeConnection();
    });
}

void SyncSession::onAuthenticated(qint64 userId)
{
    m_authenticated = true;
    m_reconnect->reset();
    QUrl account = m_server;
    account.setFragment(QString::number(userId));
    if (const Status bound = m_store->bindAccount(account.toString()); !bound) {
        failRound(bound.error(), false);
        return;
    }
    qCInfo(lcSync) << "signed in as" << m_username << "to" << m_server.toDisplayString();
    startRound();
}

} // namespace lectern
