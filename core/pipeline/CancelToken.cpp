#include "pipeline/CancelToken.h"

#include <QMutex>

namespace lectern {

// Shared with the subscriptions, which may outlive the token.
struct CancelCallbacks
{
    QMutex mutex;
    bool notified = false;
    std::list<std::function<void()>> list;
};

CancelToken::CancelToken() : m_callbacks(std::make_shared<CancelCallbacks>()) {}

CancelToken::~CancelToken() = default;

void CancelToken::cancel()
{
    m_cancelled.store(true, std::memory_order_relaxed);
    // Holding the lock while the callbacks run is what lets a subscription's destructor promise
    // that its callback is not running any more.
    QMutexLocker lock(&m_callbacks->mutex);
    if (m_callbacks->notified)
        return;
    m_callbacks->notified = true;
    for (const auto &callback : m_callbacks->list)
        callback();
}

CancelToken::Subscription CancelToken::onCancel(std::function<void()> callback)
{
    QMutexLocker lock(&m_callbacks->mutex);
    if (m_callbacks->notified) {
        lock.unlock();
        callback();
        return {};
    }
    Subscription subscription;
    subscription.m_callbacks = m_callbacks;
    subscription.m_entry = m_callbacks->list.insert(m_callbacks->list.end(), std::move(callback));
    return subscription;
}

CancelToken::Subscription::Subscription(Subscription &&other) noexcept
    : m_callbacks(std::move(other.m_callbacks)), m_entry(other.m_entry)
{
}

CancelToken::Subscription &CancelToken::Subscription::operator=(Subscription &&other) noexcept
{
    if (this != &other) {
        reset();
        m_callbacks = std::move(other.m_callbacks);
        m_entry = other.m_entry;
    }
    return *this;
}

CancelToken::Subscription::~Subscription()
{
    reset();
}

void CancelToken::Subscription::reset()
{
    if (!m_callbacks)
        return;
    {
        QMutexLocker lock(&m_callbacks->mutex);
        m_callbacks->list.erase(m_entry);
    }
    m_callbacks.reset();
}

} // namespace lectern
