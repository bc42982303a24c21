#include "cli/InterruptGuard.h"

#include "pipeline/CancelToken.h"

#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lectern::cli {

#if defined(Q_OS_UNIX)
namespace {
// What the signal handler may touch: lock-free atomics and a pipe (the self-pipe trick wakes the
// event loop, since nothing else a handler can do is safe).
std::atomic<CancelToken *> g_token{nullptr};
volatile std::sig_atomic_t g_signal = 0;
int g_pipe[2] = {-1, -1};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void onInterruptSignal(int signal)
{
    g_signal = signal;
    if (CancelToken *token = g_token.load())
        token->markCancelled();
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
} // namespace
#endif

InterruptGuard::InterruptGuard(CancelToken &token, std::function<void()> onInterrupt)
    : m_token(token), m_onInterrupt(std::move(onInterrupt))
{
#if defined(Q_OS_UNIX)
    static_assert(std::atomic<CancelToken *>::is_always_lock_free);
    if (g_token.load() || ::pipe(g_pipe) != 0)
        return;
    for (const int fd : g_pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    g_signal = 0;
    g_token.store(&token);
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptGuard::onSignalPipe);

    struct sigaction action = {};
    action.sa_handler = onInterruptSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the handler runs once; a second Ctrl-C gets the default, ending the process.
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
    m_installed = true;
#endif
}

InterruptGuard::~InterruptGuard()
{
#if defined(Q_OS_UNIX)
    if (!m_installed)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    m_notifier.reset();
    g_token.store(nullptr);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

bool InterruptGuard::interrupted() const
{
#if defined(Q_OS_UNIX)
    return m_installed && g_signal != 0;
#else
    return false;
#endif
}

void InterruptGuard::onSignalPipe()
{
#if defined(Q_OS_UNIX)
    char buffer[16];
    while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
    }
#endif
    m_token.cancel();
    if (m_onInterrupt)
        m_onInterrupt();
}

void InterruptGuard::exitBySignal()
{
#if defined(Q_OS_UNIX)
    const int signal = g_signal != 0 ? int(g_signal) : SIGINT;
    struct sigaction defaults = {};
    defaults.sa_handler = SIG_DFL;
    sigemptyset(&defaults.sa_mask);
    ::sigaction(signal, &defaults, nullptr);
    ::raise(signal);
#endif
    std::_Exit(EXIT_FAILURE);
}

} // namespace lectern::cli
