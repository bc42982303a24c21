#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lectern {

// The Groq key in a plain file readable only by its owner (0600), for a system with no keychain
// service, and only when the student chose it knowing the file is not encrypted.
class PlainKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(lectern::PlainKeyFile)

public:
    // "groq-api-key" in Lectern's config directory.
    static QString defaultPath();

    // The key, or an empty string when there is no file.
    static Result<QString> read(const QString &path);
    static Status write(const QString &path, const QString &key);
    // Removing a file that is not there succeeds.
    static Status remove(const QString &path);
};

} // namespace lectern
