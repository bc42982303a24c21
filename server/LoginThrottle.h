#pragma once

#include "base/Result.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <optional>

namespace lectern::server {

// Counts failed logins per account name and per client address in the login_throttle table,
// so every instance on the database, and a restarted one, enforces the same limits. Too many
// failures within the window lock the name (or address) out; each further lockout of the same
// key doubles, up to maxLockout. A successful login clears its account's record.
class LoginThrottle
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::LoginThrottle)

public:
    LoginThrottle(QSqlDatabase db, const AccountSettings &settings) : m_db(std::move(db)), m_settings(settings) {}

    // How long the caller must wait before trying again, or nothing when it may try now.
    Result<std::optional<std::chrono::seconds>> lockedFor(const QString &account, const QString &address,
                                                          const QDateTime &now) const;
    Status recordFailure(const QString &account, const QString &address, const QDateTime &now);
    Status recordSuccess(const QString &account);

private:
    Result<std::optional<std::chrono::seconds>> keyLockedFor(const QString &scope, const QString &key,
                                                             const QDateTime &now) const;
    Status recordKeyFailure(const QString &scope, const QString &key, int limit, const QDateTime &now);

    QSqlDatabase m_db;
    AccountSettings m_settings;
};

} // namespace lectern::server
