#pragma once

#include "sync/SyncTokenStore.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace lectern {

// The sync session token in the system keychain, beside the Groq key (same service, its own
// account name). Never in a plain file: without a keychain the student signs in again next run.
//
// The token last saved, cleared or read is also kept in memory, so a load right after a save
// (study groups signing in the moment sync has) answers the new token rather than racing the
// keychain's write.
class KeychainSyncTokenStore final : public SyncTokenStore
{
public:
    // The application's name as the keychain service.
    KeychainSyncTokenStore();
    KeychainSyncTokenStore(QString service, QString account);

    void load(QObject *context, std::function<void(const Result<QString> &token)> done) override;
    void save(const QString &token, QObject *context, std::function<void(const Status &status)> done) override;
    void clear(QObject *context, std::function<void(const Status &status)> done) override;

private:
    // Shared with reads under way, which may answer after this store is gone.
    struct Memory
    {
        QMutex mutex;
        std::optional<QString> token; // nothing until saved, cleared or read once
    };

    QString m_service;
    QString m_account;
    std::shared_ptr<Memory> m_memory = std::make_shared<Memory>();
};

} // namespace lectern
