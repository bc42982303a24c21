#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lectern::server {

// The users and device_tokens tables. Runs on the server's thread, on its connection.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::AccountStore)

public:
    struct User
    {
        qint64 id = 0;
        QString username;
        QByteArray passwordHash;
        bool disabled = false; // by an operator: sign-ins are refused
    };
    struct Device
    {
        qint64 id = 0;
        qint64 userId = 0;
        QString username;
        QDateTime lastUsedAt;
        QDateTime expiresAt; // absolute
        bool revoked = false; // also when the account is disabled
    };

    explicit AccountStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Looked up case-insensitively.
    Result<std::optional<User>> userByName(const QString &username) const;
    Result<std::optional<User>> userById(qint64 id) const;
    // `username_taken` when the name exists in any letter case.
    Result<qint64> createUser(const QString &username, const QByteArray &passwordHash, const QDateTime &now);
    Status setPasswordHash(qint64 userId, const QByteArray &passwordHash);
    // Deletes the user in one transaction: first out of every group (groups they own pass to the
    // member who joined longest ago; a group they were alone in goes), then the user row, and with
    // it everything else of theirs (ON DELETE CASCADE: tokens, synced records, their messages).
    Status deleteUser(qint64 userId);
    // Disables or enables the account; false when it already was.
    Result<bool> setDisabled(qint64 userId, bool disabled, const QDateTime &now);

    Result<qint64> addDevice(qint64 userId, const QString &deviceName, const QByteArray &tokenSha256,
                             const QDateTime &now, const QDateTime &expiresAt);
    Result<std::optional<Device>> deviceByToken(const QByteArray &tokenSha256) const;
    Status touchDevice(qint64 deviceId, const QDateTime &now);
    Status revokeDevice(qint64 deviceId, const QDateTime &now);
    // Revokes every token of the user except `keepDeviceId` (0 keeps none).
    Status revokeDevicesOf(qint64 userId, const QDateTime &now, qint64 keepDeviceId = 0);

private:
    QSqlDatabase m_db;
};

} // namespace lectern::server
