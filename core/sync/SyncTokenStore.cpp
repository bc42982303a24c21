#include "sync/SyncTokenStore.h"

namespace lectern {

// Answered through the event loop, as a keychain would, so callers cannot come to rely on an
// answer arriving before the call returns.
void MemorySyncTokenStore::load(QObject *context, std::function<void(const Result<QString> &token)> done)
{
    QMetaObject::invokeMethod(context, [done = std::move(done), token = m_token] { done(token); }, Qt::QueuedConnection);
}

void MemorySyncTokenStore::save(const QString &token, QObject *context, std::function<void(const Status &status)> done)
{
    m_token = token;
    QMetaObject::invokeMethod(context, [done = std::move(done)] { done(success()); }, Qt::QueuedConnection);
}

void MemorySyncTokenStore::clear(QObject *context, std::function<void(const Status &status)> done)
{
    m_token.clear();
    QMetaObject::invokeMethod(context, [done = std::move(done)] { done(success()); }, Qt::QueuedConnection);
}

} // namespace lectern
