#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace lectern {
class CancelToken;
}

namespace lectern::cli {

// Turns Ctrl-C (SIGINT) and SIGTERM into a cancel while it lives, so a command can clean up (an
// import removes its half-written audio) instead of dying mid-write. A second Ctrl-C ends the
// process at once. Only one guard may exist at a time; on platforms without POSIX signals it does
// nothing.
class InterruptGuard final : public QObject
{
    Q_OBJECT

public:
    // `onInterrupt` runs in this object's thread once the event loop notices the signal (e.g. to
    // print "Cancelling…"); the token is marked cancelled inside the signal handler already.
    InterruptGuard(CancelToken &token, std::function<void()> onInterrupt = {});
    ~InterruptGuard() override;

    bool interrupted() const;
    // Restores the default handling and ends the process by the signal that interrupted it, so a
    // calling shell script sees an interrupted program (and stops too) rather than a failure.
    [[noreturn]] void exitBySignal();

private:
    void onSignalPipe();

    CancelToken &m_token;
    std::function<void()> m_onInterrupt;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};

} // namespace lectern::cli
