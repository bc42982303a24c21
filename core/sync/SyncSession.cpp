#include "sync/SyncSession.h"

#include "protocol/Auth.h"
#include "protocol/ErrorCode.h"
#include "protocol/Sync.h"
#include "sync/LibrarySyncStore.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace lectern {

namespace {
using namespace protocol;

// The server's limits (docs/protocol.md): 1000 changes and 256 KiB of fields per change. A page
// is kept well under the 1 MiB message limit.
constexpr int kPushPageChanges = 500;
constexpr qsizetype kPushPageBytes = 512 * 1024;
constexpr qsizetype kMaxChangeBytes = 256 * 1024;
constexpr int kPullPageLimit = 500;

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
    , m_reconnectTimer(this)
    , m_pushTimer(this)
    , m_pollTimer(this)
    , m_heartbeatTimer(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncSession::openConnection);
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(m_options.timing.pushDelay);
    connect(&m_pushTimer, &QTimer::timeout, this, &SyncSession::checkOutbox);
    m_pollTimer.setInterval(m_options.timing.outboxPoll);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncSession::checkOutbox);
    m_heartbeatTimer.setInterval(m_options.timing.heartbeat);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_awaitingPong) {
            qCInfo(lcSync) << "no answer to the last ping; reconnecting";
            m_socket->abort();
            return;
        }
        m_awaitingPong = true;
        m_socket->ping();
    });
    m_retryDelay = m_options.timing.firstRetry;
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
    m_reconnectTimer.stop();
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
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
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
    m_awaitingPong = false;
    m_replies.clear();
    m_heartbeatTimer.stop();
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
    m_awaitingPong = false;
    m_heartbeatTimer.start();
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
    // Jitter, so the devices of a classroom do not all come back in the same millisecond after a
    // server restart.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const auto wait = std::chrono::milliseconds(qint64(double(m_retryDelay.count()) * jitter));
    qCInfo(lcSync) << "reconnecting in" << wait.count() << "ms";
    m_reconnectTimer.start(wait);
    m_retryDelay = std::min(m_retryDelay * 2, m_options.timing.maxRetry);
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
    m_retryDelay = m_options.timing.firstRetry;
    QUrl account = m_server;
    account.setFragment(QString::number(userId));
    if (const Status bound = m_store->bindAccount(account.toString()); !bound) {
        failRound(bound.error(), false);
        return;
    }
    qCInfo(lcSync) << "signed in as" << m_username << "to" << m_server.toDisplayString();
    startRound();
}

void SyncSession::startRound()
{
    if (!m_authenticated)
        return;
    if (m_roundRunning) {
        m_roundAgain = true;
        return;
    }
    m_roundRunning = true;
    m_roundAgain = false;
    m_pushAfter = 0;
    setState(SyncState::of(SyncState::Kind::Syncing));
    pushNext();
}

void SyncSession::pushNext()
{
    const auto page = m_store->outboxPage(m_pushAfter, kPushPageChanges, kPushPageBytes, kMaxChangeBytes);
    if (!page) {
        failRound(page.error(), false);
        return;
    }
    if (page->changes.isEmpty()) {
        if (page->scannedTo == 0) {
            pullNext();
        } else {
            m_pushAfter = page->scannedTo;
            pushNext();
        }
        return;
    }
    QJsonArray changes;
    for (const SyncChange &change : page->changes)
        changes.append(change.toJson());
    const QList<qint64> changeSeqs = page->changeSeqs;
    const qint64 scannedTo = page->scannedTo;
    send(FrameType::SyncPush, {{SyncField::Changes.toString(), changes}}, [this, changeSeqs, scannedTo](const Frame &reply) {
        if (!reply.isOk()) {
            // internal_error: nothing was stored and the same push may simply be sent again.
            const Error error = reply.error();
            failRound(error, error.code == errorCodeName(ErrorCode::InternalError));
            return;
        }
        // Only now, after the server's commit, do these changes leave the outbox.
        if (const Status acked = m_store->acknowledge(changeSeqs); !acked) {
            failRound(acked.error(), false);
            return;
        }
        qCDebug(lcSync) << "pushed" << changeSeqs.size() << "changes, server seq" << reply.json().value(SyncField::Seq).toInteger();
        m_pushAfter = scannedTo;
        pushNext();
    });
}

void SyncSession::pullNext()
{
    const auto since = m_store->pullCursor();
    if (!since) {
        failRound(since.error(), false);
        return;
    }
    send(FrameType::SyncPull, {{SyncField::Since.toString(), *since}, {SyncField::Limit.toString(), kPullPageLimit}}, [this](const Frame &reply) {
        if (!reply.isOk()) {
            const Error error = reply.error();
            failRound(error, error.code == errorCodeName(ErrorCode::InternalError));
            return;
        }
        const QJsonArray array = reply.json().value(SyncField::Changes).toArray();
        QList<SyncChange> changes;
        changes.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto change = SyncChange::fromJson(array.at(i), i, true);
            if (change)
                changes.append(std::move(change).value());
            else
                qCWarning(lcSync) << "skipping a pulled change:" << change.error().message;
        }
        const qint64 next = reply.json().value(SyncField::Next).toInteger();
        const auto applied = m_store->applyPulled(changes, next);
        if (!applied) {
            failRound(applied.error(), false);
            return;
        }
        if (applied->applied > 0 || !applied->changes.isEmpty())
            emit remoteChangesApplied(applied->changes, applied->latest ? applied->latest->toString() : QString(),
                                      applied->applied);
        if (reply.json().value(SyncField::More).toBool())
            pullNext();
        else
            finishRound();
    });
}

void SyncSession::finishRound()
{
    m_roundRunning = false;
    if (m_roundAgain) {
        startRound();
        return;
    }
    publishIdleState();
}

void SyncSession::failRound(const Error &error, bool retry)
{
    qCWarning(lcSync) << "sync round failed:" << error.code << error.message;
    if (retry) {
        // Dropping the connection makes the retry follow the reconnect backoff.
        closeConnection();
        publishIdleState();
        scheduleReconnect();
        return;
    }
    m_roundRunning = false;
    m_stoppedByError = true;
    setState(SyncState::error(error.message));
    closeConnection();
}

void SyncSession::checkOutbox()
{
    if (m_authenticated) {
        const auto pending = m_store ? m_store->pendingCount() : Result<int>(0);
        if (m_roundRunning || (pending && *pending > 0))
            startRound();
        return;
    }
    if (m_wanted && !m_stoppedByError && !m_socket)
        publishIdleState();
}

void SyncSession::publishIdleState()
{
    const auto pending = m_store ? m_store->pendingCount() : Result<int>(0);
    const int count = pending ? *pending : 0;
    if (count > 0)
        setState(SyncState::of(SyncState::Kind::Pending, count));
    else if (m_authenticated)
        setState(SyncState::of(SyncState::Kind::Synced));
    else if (m_socket)
        setState(SyncState::of(SyncState::Kind::Connecting));
    else
        setState(SyncState::offline());
}

void SyncSession::setState(const SyncState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lectern
