#include "server/PasswordHasher.h"

#include <QtConcurrent/QtConcurrentRun>

#include <sodium.h>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

struct HashParameters
{
    unsigned long long opsLimit;
    std::size_t memLimit;
};

Result<QByteArray> hashNow(const QString &password, HashParameters parameters)
{
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int failed = crypto_pwhash_str_alg(out, utf8.constData(), std::size_t(utf8.size()), parameters.opsLimit,
                                             parameters.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    if (failed != 0)
        return Error{u"password_hashing_failed"_s,
                     PasswordHasher::tr("Could not hash a password with argon2id (%1 MiB of memory, %2 passes); "
                                        "the server may be out of memory.")
                         .arg(parameters.memLimit / (1024 * 1024))
                         .arg(parameters.opsLimit)};
    return QByteArray(out);
}

bool matchesNow(const QByteArray &storedHash, const QString &password)
{
    QByteArray utf8 = password.toUtf8();
    const bool matches = crypto_pwhash_str_verify(storedHash.constData(), utf8.constData(), std::size_t(utf8.size())) == 0;
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return matches;
}

PasswordHasher::Verification verifyNow(const QByteArray &storedHash, const QByteArray &dummyHash, const QString &password,
                                       HashParameters parameters)
{
    PasswordHasher::Verification verification;
    if (storedHash.isEmpty()) {
        // The result is thrown away; the work is what makes an unknown name look like a known one.
        (void)matchesNow(dummyHash, password);
        return verification;
    }
    verification.matches = matchesNow(storedHash, password);
    if (verification.matches
        && crypto_pwhash_str_needs_rehash(storedHash.constData(), parameters.opsLimit, parameters.memLimit) != 0) {
        if (const auto upgraded = hashNow(password, parameters))
            verification.upgradedHash = *upgraded;
    }
    return verification;
}
} // namespace

PasswordHasher::PasswordHasher(const AccountSettings &settings) : m_settings(settings)
{
    m_pool.setMaxThreadCount(std::max(1, settings.maxConcurrentHashes));
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

Status PasswordHasher::prepare()
{
    if (sodium_init() < 0)
        return Error{u"password_hashing_failed"_s, tr("Could not initialise libsodium.")};
    if (m_settings.hashOpsLimit < crypto_pwhash_OPSLIMIT_MIN || m_settings.hashMemLimit < crypto_pwhash_MEMLIMIT_MIN)
        return Error{u"password_hashing_failed"_s,
                     tr("The password hashing parameters are below libsodium's minimum (%1 passes, %2 bytes).")
                         .arg(crypto_pwhash_OPSLIMIT_MIN)
                         .arg(crypto_pwhash_MEMLIMIT_MIN)};
    QByteArray random(16, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    const auto dummy = hashNow(QString::fromLatin1(random.toHex()), {m_settings.hashOpsLimit, m_settings.hashMemLimit});
    if (!dummy)
        return dummy.error();
    m_dummyHash = *dummy;
    return success();
}

QFuture<Result<QByteArray>> PasswordHasher::hash(const QString &password)
{
    const HashParameters parameters{m_settings.hashOpsLimit, m_settings.hashMemLimit};
    return QtConcurrent::run(&m_pool, [hook = m_workerHook, password, parameters] {
        if (hook)
            hook();
        return hashNow(password, parameters);
    });
}

QFuture<PasswordHasher::Verification> PasswordHasher::verify(const QByteArray &storedHash, const QString &password)
{
    const HashParameters parameters{m_settings.hashOpsLimit, m_settings.hashMemLimit};
    return QtConcurrent::run(&m_pool, [hook = m_workerHook, storedHash, dummy = m_dummyHash, password, parameters] {
        if (hook)
            hook();
        return verifyNow(storedHash, dummy, password, parameters);
    });
}

QFuture<Result<PasswordHasher::Verification>> PasswordHasher::verifyAndHash(const QByteArray &storedHash,
                                                                             const QString &oldPassword,
                                                                             const QString &newPassword)
{
    const HashParameters parameters{m_settings.hashOpsLimit, m_settings.hashMemLimit};
    return QtConcurrent::run(&m_pool, [hook = m_workerHook, storedHash, dummy = m_dummyHash, oldPassword, newPassword,
                                       parameters]() -> Result<Verification> {
        if (hook)
            hook();
        Verification verification;
        verification.matches = !storedHash.isEmpty() && matchesNow(storedHash, oldPassword);
        if (!verification.matches)
            return verification;
        const auto hashed = hashNow(newPassword, parameters);
        if (!hashed)
            return hashed.error();
        verification.upgradedHash = *hashed;
        return verification;
    });
}

} // namespace lectern::server
