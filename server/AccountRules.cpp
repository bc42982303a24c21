#include "server/AccountRules.h"

#include "protocol/ErrorCode.h"

#include <QRegularExpression>

namespace lectern::server {

using protocol::ErrorCode;
using protocol::protocolError;

Status AccountRules::checkUsername(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!allowed.match(username).hasMatch())
        return protocolError(ErrorCode::BadField,
                             tr("The username \"%1\" is not allowed: use 3 to 32 characters, each a letter a–z, a digit, "
                                "\".\", \"_\" or \"-\".")
                                 .arg(username.left(40)));
    return success();
}

Status AccountRules::checkPassword(const QString &password, QStringView field)
{
    // Code points, so a password of emoji or CJK characters is measured as a person counts it.
    const qsizetype length = password.toUcs4().size();
    if (length < kMinPasswordLength)
        return protocolError(ErrorCode::WeakPassword,
                             tr("The password (\"%1\") is too short: it has %2 characters, at least %3 are needed.")
                                 .arg(field)
                                 .arg(length)
                                 .arg(kMinPasswordLength));
    if (length > kMaxPasswordLength)
        return protocolError(ErrorCode::BadField,
                             tr("The password (\"%1\") is too long: it has %2 characters, at most %3 are allowed.")
                                 .arg(field)
                                 .arg(length)
                                 .arg(kMaxPasswordLength));
    return success();
}

Status AccountRules::checkDeviceName(const QString &deviceName)
{
    const QString trimmed = deviceName.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxDeviceNameLength)
        return protocolError(ErrorCode::BadField,
                             tr("\"device_name\" must be 1 to %1 characters, e.g. \"Laptop\"; it names this device in "
                                "the account's device list.")
                                 .arg(kMaxDeviceNameLength));
    return success();
}

} // namespace lectern::server
