#pragma once

#include "sync/SyncTokenStore.h"

namespace lectern {

// The sync session token in the system keychain, beside the Groq key (same service, its own
// account name). Never in a plain file: without a keychain the student signs in again next run.
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
    QString m_service;
    QString m_account;
};

} // namespace lectern
