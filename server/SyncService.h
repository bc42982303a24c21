#pragma once

#include "base/Result.h"
#include "server/ClientSession.h"
#include "server/RequestRouter.h"
#include "server/ServerConfig.h"
#include "server/SyncStore.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>

#include <functional>

namespace lectern::server {

class ServerDatabase;

// Serves sync.push and sync.pull (protocol/Sync.h) for signed-in sessions, and tells a user's
// other connections `sync.changed` when a push of theirs commits: directly on this instance, and
// through PostgreSQL LISTEN/NOTIFY for connections on other instances sharing the database.
class SyncService : public QObject
{
    Q_OBJECT

public:
    using SessionList = std::function<QList<ClientSession *>()>;

    SyncService(ServerDatabase &database, const SyncSettings &settings, SessionList sessions, QObject *parent = nullptr);
    ~SyncService() override;

    void registerHandlers(RequestRouter &router);
    // Opens the connection that listens for other instances' pushes.
    Status start();

signals:
    // A push through this instance stored `count` changes (for the metrics).
    void changesApplied(qint64 count);

private:
    using Reply = RequestRouter::Reply;

    void push(const protocol::Frame &request, ClientSession &session, const Reply &reply);
    Result<QJsonObject> pull(const protocol::Frame &request, ClientSession &session);
    // Sends sync.changed {seq} to the user's sessions other than `except`. `except` is the pushing
    // session when the push was served here; then seq is remembered so its NOTIFY echo is skipped.
    void announce(qint64 userId, qint64 seq, const ClientSession *except);
    void receiveNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);

    SyncStore store() const;

    ServerDatabase &m_database;
    SyncSettings m_settings;
    SessionList m_sessions;
    QString m_listenerConnection;
    // The highest seq announced per user, so the NOTIFY of this instance's own push, which comes
    // back to it too, is not announced a second time.
    QHash<qint64, qint64> m_announced;
};

} // namespace lectern::server
