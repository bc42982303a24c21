#include "server/AccountStore.h"

#include "protocol/ErrorCode.h"
#include "server/GroupStore.h"
#include "server/ServerLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

// PostgreSQL's SQLSTATE for a unique constraint violation.
constexpr QLatin1StringView kUniqueViolation("23505");

Error databaseError(const QSqlQuery &query)
{
    qCWarning(lcServerDatabase).noquote() << "account query failed:" << query.lastError().text().simplified();
    return protocol::protocolError(protocol::ErrorCode::InternalError,
                                   AccountStore::tr("The server could not reach its database; try again shortly."));
}

std::optional<AccountStore::User> userFrom(QSqlQuery &query)
{
    if (!query.next())
        return std::nullopt;
    return AccountStore::User{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toByteArray(),
                              query.value(3).toBool()};
}
} // namespace

Result<std::optional<AccountStore::User>> AccountStore::userByName(const QString &username) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, username, password_hash, disabled_at IS NOT NULL FROM users WHERE lower(username) = lower(?)"_s);
    query.addBindValue(username);
    if (!query.exec())
        return databaseError(query);
    return userFrom(query);
}

Result<std::optional<AccountStore::User>> AccountStore::userById(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, username, password_hash, disabled_at IS NOT NULL FROM users WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    return userFrom(query);
}

Result<qint64> AccountStore::createUser(const QString &username, const QByteArray &passwordHash, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?) RETURNING id"_s);
    query.addBindValue(username);
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(now);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == kUniqueViolation)
            return protocol::protocolError(protocol::ErrorCode::UsernameTaken,
                                           tr("The username \"%1\" is taken; choose another.").arg(username));
        return databaseError(query);
    }
    query.next();
    return query.value(0).toLongLong();
}

Status AccountStore::setPasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(userId);
    if (!query.exec())
        return databaseError(query);
    return success();
}

Status AccountStore::deleteUser(qint64 userId)
{
    if (!m_db.transaction())
        return storeError(m_db, "BEGIN");
    const auto rollBack = [this](Error error) -> Status {
        m_db.rollback();
        return error;
    };
    if (const Status left = GroupStore(m_db).leaveAllGroups(userId); !left)
        return rollBack(left.error());
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM users WHERE id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return rollBack(databaseError(query));
    if (!m_db.commit())
        return rollBack(storeError(m_db, "COMMIT"));
    return success();
}

Result<bool> AccountStore::setDisabled(qint64 userId, bool disabled, const QDateTime &now)
{
    QSqlQuery query(m_db);
    if (disabled) {
        query.prepare(u"UPDATE users SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL"_s);
        query.addBindValue(now);
    } else {
        query.prepare(u"UPDATE users SET disabled_at = NULL WHERE id = ? AND disabled_at IS NOT NULL"_s);
    }
    query.addBindValue(userId);
    if (!query.exec())
        return databaseError(query);
    return query.numRowsAffected() > 0;
}

Result<qint64> AccountStore::addDevice(qint64 userId, const QString &deviceName, const QByteArray &tokenSha256,
                                       const QDateTime &now, const QDateTime &expiresAt)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO device_tokens (user_id, device_name, token_sha256, created_at, last_used_at, expires_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(userId);
    query.addBindValue(deviceName);
    query.addBindValue(tokenSha256);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(expiresAt);
    if (!query.exec() || !query.next())
        return databaseError(query);
    return query.value(0).toLongLong();
}

Result<std::optional<AccountStore::Device>> AccountStore::deviceByToken(const QByteArray &tokenSha256) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT d.id, d.user_id, u.username, d.last_used_at, d.expires_at, (d.revoked_at IS NOT NULL OR u.disabled_at IS NOT NULL) "
                  u"FROM device_tokens d JOIN users u ON u.id = d.user_id WHERE d.token_sha256 = ?"_s);
    query.addBindValue(tokenSha256);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<Device>();
    return std::optional<Device>(Device{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                                        query.value(3).toDateTime().toUTC(), query.value(4).toDateTime().toUTC(),
                                        query.value(5).toBool()});
}

Status AccountStore::touchDevice(qint64 deviceId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE device_tokens SET last_used_at = ? WHERE id = ?"_s);
    query.addBindValue(now);
    query.addBindValue(deviceId);
    if (!query.exec())
        return databaseError(query);
    return success();
}

Status AccountStore::revokeDevice(qint64 deviceId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE device_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s);
    query.addBindValue(now);
    query.addBindValue(deviceId);
    if (!query.exec())
        return databaseError(query);
    return success();
}

Status AccountStore::revokeDevicesOf(qint64 userId, const QDateTime &now, qint64 keepDeviceId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE device_tokens SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL"_s);
    query.addBindValue(now);
    query.addBindValue(userId);
    query.addBindValue(keepDeviceId);
    if (!query.exec())
        return databaseError(query);
    return success();
}

} // namespace lectern::server
