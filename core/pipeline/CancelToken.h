#pragma once


#include <atomic>
#include <functional>
#include <list>
#include <memory>

namespace lectern {

struct CancelCallbacks;

// A request to stop, shared between whoever may ask (a Cancel button, Ctrl-C) and the work that
// must notice it. Loops poll isCancelled(); work that waits on something else (a decoder running in
// its own thread) registers a callback with onCancel() to be woken.
class CancelToken
{
public:
    CancelToken();
    ~CancelToken();
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    // Thread-safe; runs the registered callbacks once, in the calling thread.
    void cancel();
    // Only marks the token (lock-free, so it is safe inside a POSIX signal handler); the
    // callbacks run when cancel() is called afterwards.
    void markCancelled() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }
    // For APIs that take a plain flag (ContentHash::ofFile).
    const std::atomic_bool *flag() const noexcept { return &m_cancelled; }

    // Keeps a callback registered while it lives. Once the subscription is destroyed the callback
    // is neither running nor will it run, so it may refer to objects that die with it.
    class Subscription
    {
    public:
        Subscription() = default;
        Subscription(Subscription &&other) noexcept;
        Subscription &operator=(Subscription &&other) noexcept;
        ~Subscription();
        void reset();

    private:
        friend class CancelToken;
        std::shared_ptr<CancelCallbacks> m_callbacks;
        std::list<std::function<void()>>::iterator m_entry;
    };

    // Registers `callback` for cancel(); runs it at once if cancel() already happened. A callback
    // must not call back into the token.
    [[nodiscard]] Subscription onCancel(std::function<void()> callback);

private:
    std::atomic_bool m_cancelled{false};
    std::shared_ptr<CancelCallbacks> m_callbacks;
};

} // namespace lectern
