#include "cli/HiddenInput.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace lectern::cli {

namespace {

#if defined(Q_OS_UNIX)
// Turns the terminal's echo off for its lifetime, and back on however the read ends.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(m_fd, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = ::tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};
#endif

} // namespace

QString readSecretLine(const QString &prompt, QTextStream &err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
#if defined(Q_OS_UNIX)
    if (::isatty(STDIN_FILENO) == 1) {
        err << prompt << Qt::flush;
        QByteArray line;
        {
            const EchoOff hidden(STDIN_FILENO);
            line = in.readLine();
        }
        // The Enter the student typed was not echoed either.
        err << Qt::endl;
        return QString::fromUtf8(line).trimmed();
    }
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
#endif
    return QString::fromUtf8(in.readLine()).trimmed();
}

} // namespace lectern::cli
