#include "server/UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

int g_pipe[2] = {-1, -1};

extern "C" void forwardSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Nothing useful can be done if the pipe is full: a signal is already pending then.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}
} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent) : QObject(parent) {}

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (const int signalNumber : std::as_const(m_watched))
        std::signal(signalNumber, SIG_DFL);
    if (g_pipe[0] >= 0) {
        delete m_notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

Status UnixSignalWatcher::watch(const QList<int> &signalNumbers)
{
    auto failed = [](const char *what) {
        return Error{u"signal_setup_failed"_s,
                     QCoreApplication::translate("lectern::server::UnixSignalWatcher", "Could not set up signal handling (%1): %2")
                         .arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(errno)))};
    };
    if (g_pipe[0] < 0) {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pipe) != 0)
            return failed("socketpair");
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPipe);
    }
    for (const int signalNumber : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return failed("sigaction");
        m_watched.append(signalNumber);
    }
    return success();
}

void UnixSignalWatcher::readPipe()
{
    unsigned char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1)
        emit signalReceived(int(byte));
}

} // namespace lectern::server
