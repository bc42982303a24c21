#include "sync/KeychainSyncTokenStore.h"

#include "secrets/Keychain.h"

#include <QCoreApplication>

namespace lectern {

KeychainSyncTokenStore::KeychainSyncTokenStore()
    : KeychainSyncTokenStore(QCoreApplication::applicationName(), QStringLiteral("sync-session-token"))
{
}

KeychainSyncTokenStore::KeychainSyncTokenStore(QString service, QString account)
    : m_service(std::move(service)), m_account(std::move(account))
{
}

void KeychainSyncTokenStore::load(QObject *context, std::function<void(const Result<QString> &token)> done)
{
    std::optional<QString> known;
    {
        const QMutexLocker lock(&m_memory->mutex);
        known = m_memory->token;
    }
    if (known) {
        // Answered later all the same, as a keychain read would be.
        QMetaObject::invokeMethod(context, [done = std::move(done), token = *known] { done(token); },
                                  Qt::QueuedConnection);
        return;
    }
    Keychain::read(m_service, m_account, context, [memory = m_memory, done = std::move(done)](const Result<QString> &token) {
        if (token) {
            const QMutexLocker lock(&memory->mutex);
            // A save or clear that came in meanwhile is newer than what was read.
            if (!memory->token)
                memory->token = *token;
        }
        done(token);
    });
}

void KeychainSyncTokenStore::save(const QString &token, QObject *context, std::function<void(const Status &status)> done)
{
    {
        const QMutexLocker lock(&m_memory->mutex);
        m_memory->token = token;
    }
    Keychain::write(m_service, m_account, token, context, std::move(done));
}

void KeychainSyncTokenStore::clear(QObject *context, std::function<void(const Status &status)> done)
{
    {
        const QMutexLocker lock(&m_memory->mutex);
        m_memory->token = QString();
    }
    Keychain::remove(m_service, m_account, context, std::move(done));
}

} // namespace lectern
