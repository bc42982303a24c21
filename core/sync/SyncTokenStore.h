#pragma once

#include "base/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lectern {

// Where the sync session token lives between runs. The desktop app keeps it in the system
// keychain (KeychainSyncTokenStore), like the Groq key; a run that must not keep it uses
// MemorySyncTokenStore. Calls may be asynchronous (a keychain may wait to be unlocked) and answer
// on `context`'s thread, never after `context` is gone.
class SyncTokenStore
{
public:
    virtual ~SyncTokenStore() = default;
    // The token, or an empty string when none is stored.
    virtual void load(QObject *context, std::function<void(const Result<QString> &token)> done) = 0;
    virtual void save(const QString &token, QObject *context, std::function<void(const Status &status)> done) = 0;
    virtual void clear(QObject *context, std::function<void(const Status &status)> done) = 0;
};

// Keeps the token for as long as the object lives.
class MemorySyncTokenStore final : public SyncTokenStore
{
public:
    void load(QObject *context, std::function<void(const Result<QString> &token)> done) override;
    void save(const QString &token, QObject *context, std::function<void(const Status &status)> done) override;
    void clear(QObject *context, std::function<void(const Status &status)> done) override;

private:
    QString m_token;
};

} // namespace lectern
