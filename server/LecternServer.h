#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "server/AccountService.h"
#include "server/ChatService.h"
#include "server/GroupService.h"
#include "server/HttpRouter.h"
#include "server/RequestRouter.h"
#include "server/ServerConfig.h"
#include "server/ServerDatabase.h"
#include "server/SyncService.h"
#include "server/metrics/ServerMetrics.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QWebSocketServer;

namespace lectern::server {

class ClientSession;
class SharedPortListener;

// lectern-server in one object: the database, the shared WebSocket/HTTP port, the request
// handlers and the open client sessions. main() and the tests drive it the same way:
// construct, start(), and shutdown() when done.
class LecternServer : public QObject
{
    Q_OBJECT

public:
    explicit LecternServer(ServerConfig config, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~LecternServer() override;

    // Connects to and migrates the database, then listens. Errors carry codes that
    // exitCodeFor() maps to the documented exit statuses.
    Status start();
    // Stops accepting, lets every session's requests in flight finish, closes it with "going
    // away" and emits `stopped` once they are all gone (or the shutdown grace period ran out).
    void shutdown();

    bool isListening() const;
    bool hasStopped() const { return m_stopped; }
    QHostAddress address() const;
    quint16 port() const;
    int schemaVersion() const { return m_schemaVersion; }
    qsizetype sessionCount() const { return m_sessions.size(); }
    const ServerConfig &config() const { return m_config; }

    // Where request types are registered (ping is built in).
    RequestRouter &requests() { return m_requests; }
    HttpRouter &http() { return m_http; }
    AccountService &accounts() { return m_accounts; }
    SyncService &sync() { return m_sync; }
    GroupService &groups() { return m_groups; }
    ChatService &chat() { return m_chat; }
    const ServerMetrics &metrics() const { return m_metrics; }

signals:
    void sessionOpened();
    void sessionClosed();
    void stopped();

private:
    void registerBuiltins();
    void acceptWebSocket(QTcpSocket *socket);
    void openPendingSessions();
    void forgetSession(ClientSession *session);
    // Counts a signed-in connection of the user coming (1) or going (-1) for presence; 0 is nobody.
    void countPresence(qint64 userId, int delta);
    void finishShutdownIfIdle();
    HttpResponse health();
    HttpResponse metricsPage() const;

    ServerConfig m_config;
    const Clock &m_clock;
    // Tells this instance's rows of online_connections apart from other instances'.
    QString m_instanceId;
    ServerDatabase m_database;
    RequestRouter m_requests;
    AccountService m_accounts;
    SyncService m_sync;
    GroupService m_groups;
    ChatService m_chat;
    HttpRouter m_http;
    ServerMetrics m_metrics;
    SharedPortListener *m_listener;
    QWebSocketServer *m_webSockets;
    QList<ClientSession *> m_sessions;
    QTimer m_shutdownGrace;
    int m_schemaVersion = 0;
    bool m_shuttingDown = false;
    bool m_stopped = false;
};

} // namespace lectern::server
