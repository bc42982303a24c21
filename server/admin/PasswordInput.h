#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lectern::server {

// Where an admin command gets a password or a confirmation from: a file (--password-file), the
// terminal without echo, or, when standard input is not a terminal, its next line (so scripts can
// pipe one in). A password never comes from the command line, where `ps` would show it.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::PasswordInput)

public:
    explicit PasswordInput(std::optional<QString> passwordFile) : m_passwordFile(std::move(passwordFile)) {}

    // On a terminal asks twice (`prompt`, then to repeat it) and fails with `password_mismatch`
    // when they differ. `usage` when no password could be read.
    Result<QString> readNewPassword(const QString &prompt) const;
    // Asks `question` on the terminal and returns the answer; nothing when standard input is not
    // a terminal, so a script cannot confirm by accident.
    static std::optional<QString> askOnTerminal(const QString &question);

    static bool stdinIsTerminal();

private:
    std::optional<QString> m_passwordFile;
};

} // namespace lectern::server
