#pragma once

#include "base/Result.h"
#include "server/ServerConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace lectern::server {

// Hashes and checks passwords with argon2id (libsodium crypto_pwhash_str) on a small thread
// pool of its own, so a login never stalls the event loop. The pool has maxConcurrentHashes
// threads, which bounds the memory hashing takes (each hash needs hashMemLimit bytes).
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::PasswordHasher)

public:
    struct Verification
    {
        bool matches = false;
        // Set when the password matched but its hash used weaker parameters than configured:
        // the same password hashed with the current ones, to store instead.
        QByteArray upgradedHash;
    };

    explicit PasswordHasher(const AccountSettings &settings);
    ~PasswordHasher();

    // Initialises libsodium and prepares the hash that logins of unknown users are checked
    // against, so they take as long as a wrong password. `password_hashing_failed` when
    // libsodium cannot start or the memory limit cannot be allocated.
    Status prepare();

    QFuture<Result<QByteArray>> hash(const QString &password);
    // An empty `storedHash` (unknown user) is checked against the dummy hash and never matches.
    QFuture<Verification> verify(const QByteArray &storedHash, const QString &password);
    // Checks `oldPassword` and, only if it matches, hashes `newPassword`.
    QFuture<Result<Verification>> verifyAndHash(const QByteArray &storedHash, const QString &oldPassword,
                                                const QString &newPassword);

    // Runs on the worker thread before each hash or check; tests hold a worker with it.
    void setWorkerHookForTesting(std::function<void()> hook) { m_workerHook = std::move(hook); }

private:
    AccountSettings m_settings;
    QThreadPool m_pool;
    QByteArray m_dummyHash;
    std::function<void()> m_workerHook;
};

} // namespace lectern::server
