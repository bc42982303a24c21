#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "server/AccountStore.h"
#include "server/ClientSession.h"
#include "server/LoginThrottle.h"
#include "server/PasswordHasher.h"
#include "server/RequestRouter.h"
#include "server/ServerConfig.h"

#include <QObject>
#include <QSqlDriver>

#include <functional>

namespace lectern::server {

class ServerDatabase;

// Serves the auth.* requests (protocol/Auth.h): accounts, per-device tokens, sign-in limits.
// Database work runs on the server's thread; password hashing on PasswordHasher's pool, with
// the reply sent from the server's thread once the hash is done.
class AccountService : public QObject
{
    Q_OBJECT

public:
    using SessionList = std::function<QList<ClientSession *>()>;

    AccountService(ServerDatabase &database, const AccountSettings &settings, const Clock &clock, SessionList sessions,
                   QObject *parent = nullptr);
    ~AccountService() override;

    // lectern-server admin NOTIFYs this channel with a user id when it disables, deletes or
    // resets the password of an account; every instance then closes that user's connections.
    static constexpr QLatin1StringView kSignOutChannel{"lectern_account_signout"};

    // Registers the auth.* handlers and lets unauthenticated sessions send the sign-in ones.
    void registerHandlers(RequestRouter &router);
    // Prepares password hashing and listens for operators' sign-outs; before the server listens.
    Status start();

    PasswordHasher &hasher() { return m_hasher; }

private:
    using Reply = RequestRouter::Reply;

    void registerAccount(const protocol::Frame &request, ClientSession &session, const Reply &reply);
    void login(const protocol::Frame &request, ClientSession &session, const Reply &reply);
    Result<QJsonObject> resume(const protocol::Frame &request, ClientSession &session);
    Result<QJsonObject> logout(const protocol::Frame &request, ClientSession &session);
    void changePassword(const protocol::Frame &request, ClientSession &session, const Reply &reply);
    void deleteAccount(const protocol::Frame &request, ClientSession &session, const Reply &reply);

    AccountStore store() const;
    LoginThrottle throttle() const;
    // Answers rate_limited and returns true when `username` or the session's address is locked out.
    bool refuseIfLocked(const QString &username, const ClientSession &session, const Reply &reply);
    Error invalidCredentials() const;
    // Creates a device token for the user, signs `session` in with it (if it is still open)
    // and returns the ok fields {user_id, token, expires_at}.
    Result<QJsonObject> signIn(qint64 userId, const QString &username, const QString &deviceName, ClientSession *session);
    // Signs out and closes every session of `userId` other than `except` (matching `deviceId`
    // too, when it is not 0).
    void closeSessionsOf(qint64 userId, qint64 deviceId, const ClientSession *except, const QString &reason);
    void receiveNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload);
    QDateTime expiryOf(const QDateTime &lastUsed, const QDateTime &absolute) const;

    ServerDatabase &m_database;
    AccountSettings m_settings;
    const Clock &m_clock;
    SessionList m_sessions;
    PasswordHasher m_hasher;
    QString m_listenerConnection;
};

} // namespace lectern::server
