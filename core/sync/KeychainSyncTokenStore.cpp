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
    Keychain::read(m_service, m_account, context, std::move(done));
}

void KeychainSyncTokenStore::save(const QString &token, QObject *context, std::function<void(const Status &status)> done)
{
    Keychain::write(m_service, m_account, token, context, std::move(done));
}

void KeychainSyncTokenStore::clear(QObject *context, std::function<void(const Status &status)> done)
{
    Keychain::remove(m_service, m_account, context, std::move(done));
}

} // namespace lectern
