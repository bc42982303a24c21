#include "server/admin/PasswordInput.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

Error usageError(const QString &message)
{
    return {u"usage"_s, message};
}

// One line of standard input without its line ending; nothing at end of input.
std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// Turns the terminal's echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

std::optional<QString> askSecretly(const QString &prompt)
{
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    std::optional<QString> answer;
    {
        const EchoOff quiet;
        answer = readLine();
    }
    // The user's Enter was not echoed either.
    std::fputs("\n", stderr);
    return answer;
}
} // namespace

bool PasswordInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<QString> PasswordInput::readNewPassword(const QString &prompt) const
{
    if (m_passwordFile) {
        QFile file(*m_passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("Cannot read the password file %1: %2").arg(*m_passwordFile, file.errorString()));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return usageError(tr("The password file %1 is empty; its first line is the password.").arg(*m_passwordFile));
        return QString::fromUtf8(line);
    }
    if (!stdinIsTerminal()) {
        const auto line = readLine();
        if (!line || line->isEmpty())
            return usageError(tr("No password on standard input: pipe one line in, use --password-file, or run this "
                                 "in a terminal."));
        return *line;
    }
    const auto first = askSecretly(prompt);
    if (!first || first->isEmpty())
        return usageError(tr("No password given."));
    const auto second = askSecretly(tr("Repeat the password: "));
    if (!second || *second != *first)
        return Error{u"password_mismatch"_s, tr("The two passwords differ; nothing was changed.")};
    return *first;
}

std::optional<QString> PasswordInput::askOnTerminal(const QString &question)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    std::fputs(qPrintable(question), stderr);
    std::fflush(stderr);
    return readLine();
}

} // namespace lectern::server
