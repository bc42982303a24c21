#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>

class QObject;

namespace lectern {

// The stable codes a secret store fails with; the messages beside them are translated.
namespace secrets {
// No keychain service runs (no Secret Service on the session bus, no D-Bus session at all).
inline constexpr QStringView kKeychainUnavailable = u"keychain_unavailable";
// The keychain is locked and the student declined to unlock it, or it refused Lectern.
inline constexpr QStringView kKeychainDenied = u"keychain_denied";
inline constexpr QStringView kKeychainFailed = u"keychain_failed";
inline constexpr QStringView kKeyFileFailed = u"key_file_failed";
} // namespace secrets

// One secret in the system keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, whose jobs are asynchronous: every call returns at once and calls back on
// `context`'s thread; nothing is called back once `context` is gone.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(lectern::Keychain)

public:
    // The secret, or an empty string when the keychain holds none under that name.
    using ReadCallback = std::function<void(const Result<QString> &secret)>;
    using DoneCallback = std::function<void(const Status &status)>;

    static void read(const QString &service, const QString &account, QObject *context, ReadCallback done);
    static void write(const QString &service, const QString &account, const QString &secret, QObject *context,
                      DoneCallback done);
    // Removing a secret that is not there succeeds.
    static void remove(const QString &service, const QString &account, QObject *context, DoneCallback done);

    // Whether a keychain service can answer at all. On Linux: a session bus with the Secret
    // Service (org.freedesktop.secrets) running or activatable on it. Elsewhere the system always
    // has one.
    static bool serviceReachable();
};

} // namespace lectern
