#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lectern::server {

// What makes a username, password and device name acceptable for a new account.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::AccountRules)

public:
    static constexpr int kMinPasswordLength = 8;    // Unicode code points
    static constexpr int kMaxPasswordLength = 128;
    static constexpr int kMaxDeviceNameLength = 64;

    // 3–32 of a-z, 0-9, ".", "_", "-" (letters in either case). `bad_field` otherwise.
    static Status checkUsername(const QString &username);
    // `weak_password` when too short, `bad_field` when too long; `field` names the frame field.
    static Status checkPassword(const QString &password, QStringView field);
    // 1–64 characters after trimming. `bad_field` otherwise.
    static Status checkDeviceName(const QString &deviceName);
};

} // namespace lectern::server
