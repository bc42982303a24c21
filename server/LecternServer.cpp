#include "server/LecternServer.h"

#include "lectern/Version.h"
#include "protocol/Ping.h"
#include "server/ClientSession.h"
#include "server/PresenceTracker.h"
#include "server/ServerLogging.h"
#include "server/SharedPortListener.h"

#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;
} // namespace

LecternServer::LecternServer(ServerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_database(m_config.database)
    , m_accounts(m_database, m_config.accounts, clock, [this] { return m_sessions; })
    , m_sync(m_database, m_config.sync, [this] { return m_sessions; })
    , m_groups(m_database, clock)
    , m_chat(m_database, clock, [this] { return m_sessions; })
    , m_listener(new SharedPortListener(m_http, {m_config.requestHeadTimeout, m_config.maxRequestHeadBytes}, this))
    , m_webSockets(new QWebSocketServer(u"lectern-server/"_s + QLatin1StringView(kVersion),
                                        QWebSocketServer::NonSecureMode, this))
{
    connect(m_listener, &SharedPortListener::webSocketRequested, this, &LecternServer::acceptWebSocket);
    connect(m_webSockets, &QWebSocketServer::newConnection, this, &LecternServer::openPendingSessions);
    connect(m_webSockets, &QWebSocketServer::serverError, this, [this](QWebSocketProtocol::CloseCode code) {
        qCInfo(lcServerWebSocket) << "rejected a WebSocket handshake:" << code << m_webSockets->errorString();
    });
    m_shutdownGrace.setSingleShot(true);
    connect(&m_shutdownGrace, &QTimer::timeout, this, [this] {
        qCWarning(lcServer) << m_sessions.size() << "clients did not close in time; dropping them";
        for (ClientSession *session : std::as_const(m_sessions)) {
            countPresence(session->userId(), -1);
            session->deleteLater();
        }
        m_sessions.clear();
        finishShutdownIfIdle();
    });
    registerBuiltins();
}

LecternServer::~LecternServer()
{
    // Sessions hold sockets that the listener and WebSocket server handed over; they go first.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

void LecternServer::registerBuiltins()
{
    m_requests.addImmediate(QString(protocol::FrameType::Ping), [this](const protocol::Frame &, ClientSession &) {
        return Result<QJsonObject>(protocol::PingReply{m_clock.now(), QString::fromLatin1(kVersion)}.toResult());
    });
    m_requests.allowUnauthenticated(QString(protocol::FrameType::Ping));
    m_accounts.registerHandlers(m_requests);
    m_sync.registerHandlers(m_requests);
    m_groups.registerHandlers(m_requests);
    m_chat.registerHandlers(m_requests);
    m_http.addRoute("/healthz", [this](const HttpRequestHead &) { return health(); });
    m_http.addRoute("/metrics", [this](const HttpRequestHead &) { return metricsPage(); });
    connect(&m_sync, &SyncService::changesApplied, this, [this](qint64 count) { m_metrics.syncChangesApplied(count); });
    connect(&m_chat, &ChatService::messageStored, this, [this] { m_metrics.chatMessageStored(); });
}

Status LecternServer::start()
{
    // Quiet until started: a failed start should print nothing but its one error line.
    qCDebug(lcServer).noquote() << "lectern-server" << kVersion << "starting; database" << m_config.database.redactedUrl();
    if (const Status opened = m_database.open(); !opened)
        return opened;
    const auto migrated = m_database.migrate();
    if (!migrated)
        return migrated.error();
    m_schemaVersion = *migrated;
    const auto databaseId = m_database.databaseId();
    if (!databaseId)
        return databaseId.error();

    if (const Status accounts = m_accounts.start(); !accounts)
        return accounts;
    if (const Status sync = m_sync.start(); !sync)
        return sync;
    if (const Status chat = m_chat.start(); !chat)
        return chat;
    if (m_config.chatWithoutStorage) {
        m_chat.setStoresMessages(false);
        qCWarning(lcServer) << "benchmark mode: chat messages are relayed without being stored "
                               "(--benchmark-chat-without-storage); never use this for real users";
    }

    if (const Status listening = m_listener->listen(m_config.listen, m_config.tls); !listening)
        return listening;
    qCInfo(lcServer).noquote() << "lectern-server" << kVersion << "listening on" << formatHostPort(address(), port())
                               << (m_config.tls ? "(WebSocket and HTTP over TLS); database" : "(WebSocket and HTTP); database")
                               << m_config.database.redactedUrl() << "id"
                               << *databaseId << "at schema version" << m_schemaVersion;
    return success();
}

bool LecternServer::isListening() const
{
    return m_listener->isListening();
}

QHostAddress LecternServer::address() const
{
    return m_listener->address();
}

quint16 LecternServer::port() const
{
    return m_listener->port();
}

HttpResponse LecternServer::health()
{
    const QString version = QString::fromLatin1(kVersion);
    if (const Status database = m_database.check(); !database) {
        qCWarning(lcServerDatabase).noquote() << "health check:" << database.error().message;
        return HttpResponse::json(503, {{u"status"_s, u"unavailable"_s}, {u"database"_s, u"unreachable"_s},
                                        {u"version"_s, version}});
    }
    return HttpResponse::json(200, {{u"status"_s, u"ok"_s}, {u"database"_s, u"ok"_s}, {u"version"_s, version}});
}

HttpResponse LecternServer::metricsPage() const
{
    HttpResponse response;
    response.contentType = ServerMetrics::kContentType.toByteArray();
    response.body = m_metrics.exposition(m_sessions.size());
    return response;
}

void LecternServer::acceptWebSocket(QTcpSocket *socket)
{
    if (m_shuttingDown) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_webSockets->handleConnection(socket);
}

void LecternServer::openPendingSessions()
{
    while (QWebSocket *socket = m_webSockets->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(m_config.maxFrameBytes);
        socket->setMaxAllowedIncomingFrameSize(m_config.maxFrameBytes);
        auto *session = new ClientSession(socket, m_requests, this);
        session->setMetrics(&m_metrics);
        m_metrics.connectionOpened();
        if (m_shuttingDown) {
            session->close(QWebSocketProtocol::CloseCodeGoingAway, tr("The server is shutting down."));
            session->deleteLater();
            continue;
        }
        m_sessions.append(session);
        connect(session, &ClientSession::closed, this, [this, session] { forgetSession(session); });
        connect(session, &ClientSession::userChanged, this, [this, session](qint64 previousUserId) {
            countPresence(previousUserId, -1);
            countPresence(session->userId(), 1);
        });
        qCInfo(lcServerWebSocket).noquote() << session->peer() << "connected";
        emit sessionOpened();
    }
}

void LecternServer::forgetSession(ClientSession *session)
{
    if (!m_sessions.removeOne(session))
        return;
    countPresence(session->userId(), -1);
    session->deleteLater();
    emit sessionClosed();
    finishShutdownIfIdle();
}

void LecternServer::countPresence(qint64 userId, int delta)
{
    if (userId == 0)
        return;
    // Presence is advisory: a failure is logged and the connection carries on.
    if (const Status counted = PresenceTracker(m_database.connection(), m_instanceId).count(userId, delta); !counted)
        qCWarning(lcServer).noquote() << "could not update the presence of user" << userId << ":" << counted.error().message;
}

void LecternServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    qCInfo(lcServer) << "shutting down;" << m_sessions.size() << "clients connected";
    m_listener->close();
    m_shutdownGrace.start(m_config.shutdownGrace);
    // A copy: a session whose socket is already gone reports `closed` from inside close().
    // Requests being served (a sign-in waiting for its hash, a push for its lock) get their
    // replies first; the grace period bounds the wait.
    const QList<ClientSession *> sessions = m_sessions;
    for (ClientSession *session : sessions)
        session->closeWhenAnswered(QWebSocketProtocol::CloseCodeGoingAway, tr("The server is shutting down."));
    finishShutdownIfIdle();
}

void LecternServer::finishShutdownIfIdle()
{
    if (!m_shuttingDown || m_stopped || !m_sessions.isEmpty())
        return;
    m_stopped = true;
    m_shutdownGrace.stop();
    qCInfo(lcServer) << "stopped";
    // Queued, so a caller of shutdown() can connect to `stopped` first even when no client was there.
    QMetaObject::invokeMethod(this, &LecternServer::stopped, Qt::QueuedConnection);
}

} // namespace lectern::server
