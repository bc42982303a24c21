#include "server/LoginThrottle.h"

#include "protocol/ErrorCode.h"
#include "server/ServerLogging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

const QString kAccount = u"account"_s;
const QString kAddress = u"address"_s;

Error databaseError(const QSqlQuery &query)
{
    qCWarning(lcServerDatabase).noquote() << "login throttle query failed:" << query.lastError().text().simplified();
    return protocol::protocolError(protocol::ErrorCode::InternalError,
                                   LoginThrottle::tr("The server could not reach its database; try again shortly."));
}
} // namespace

Result<std::optional<std::chrono::seconds>> LoginThrottle::lockedFor(const QString &account, const QString &address,
                                                                     const QDateTime &now) const
{
    const auto forAccount = keyLockedFor(kAccount, account.toLower(), now);
    if (!forAccount)
        return forAccount;
    const auto forAddress = keyLockedFor(kAddress, address, now);
    if (!forAddress)
        return forAddress;
    if (!*forAccount)
        return forAddress;
    if (!*forAddress)
        return forAccount;
    return std::optional(std::max(**forAccount, **forAddress));
}

Result<std::optional<std::chrono::seconds>> LoginThrottle::keyLockedFor(const QString &scope, const QString &key,
                                                                        const QDateTime &now) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT locked_until FROM login_throttle WHERE scope = ? AND key = ? AND locked_until > ?"_s);
    query.addBindValue(scope);
    query.addBindValue(key);
    query.addBindValue(now);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<std::chrono::seconds>();
    const qint64 ms = now.msecsTo(query.value(0).toDateTime());
    // Rounded up, so a client that waits exactly this long is let in.
    return std::optional(std::chrono::seconds((ms + 999) / 1000));
}

Status LoginThrottle::recordFailure(const QString &account, const QString &address, const QDateTime &now)
{
    if (const Status recorded = recordKeyFailure(kAccount, account.toLower(), m_settings.accountFailureLimit, now); !recorded)
        return recorded;
    return recordKeyFailure(kAddress, address, m_settings.addressFailureLimit, now);
}

Status LoginThrottle::recordKeyFailure(const QString &scope, const QString &key, int limit, const QDateTime &now)
{
    // Instances may count the same key at once; the row lock keeps their updates apart.
    if (!m_db.transaction())
        return databaseError(QSqlQuery(m_db));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO login_throttle (scope, key, failures, window_started) VALUES (?, ?, 0, ?) "
                  u"ON CONFLICT (scope, key) DO NOTHING"_s);
    query.addBindValue(scope);
    query.addBindValue(key);
    query.addBindValue(now);
    if (!query.exec()) {
        m_db.rollback();
        return databaseError(query);
    }
    query.prepare(u"SELECT failures, window_started, lockouts FROM login_throttle WHERE scope = ? AND key = ? FOR UPDATE"_s);
    query.addBindValue(scope);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        m_db.rollback();
        return databaseError(query);
    }
    int failures = query.value(0).toInt();
    QDateTime windowStarted = query.value(1).toDateTime();
    int lockouts = query.value(2).toInt();
    const qint64 windowMs = std::chrono::milliseconds(m_settings.failureWindow).count();
    if (windowStarted.msecsTo(now) >= windowMs) {
        failures = 0;
        windowStarted = now;
    }
    ++failures;
    QVariant lockedUntil(QMetaType::fromType<QDateTime>());
    if (failures >= limit) {
        ++lockouts;
        const qint64 doubling = qint64(1) << std::min(lockouts - 1, 30);
        const qint64 lockoutSeconds = std::min<qint64>(m_settings.firstLockout.count() * doubling, m_settings.maxLockout.count());
        lockedUntil = now.addSecs(lockoutSeconds);
        failures = 0;
        windowStarted = now;
        qCInfo(lcServer).noquote() << "login locked for" << lockoutSeconds << "s:" << scope << key;
    }
    query.prepare(u"UPDATE login_throttle SET failures = ?, window_started = ?, lockouts = ?, "
                  u"locked_until = COALESCE(?, locked_until) WHERE scope = ? AND key = ?"_s);
    query.addBindValue(failures);
    query.addBindValue(windowStarted);
    query.addBindValue(lockouts);
    query.addBindValue(lockedUntil);
    query.addBindValue(scope);
    query.addBindValue(key);
    if (!query.exec()) {
        m_db.rollback();
        return databaseError(query);
    }
    if (!m_db.commit())
        return databaseError(query);
    return success();
}

Status LoginThrottle::recordSuccess(const QString &account)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM login_throttle WHERE scope = ? AND key = ?"_s);
    query.addBindValue(kAccount);
    query.addBindValue(account.toLower());
    if (!query.exec())
        return databaseError(query);
    return success();
}

} // namespace lectern::server
