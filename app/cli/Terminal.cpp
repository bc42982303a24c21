#include "cli/Terminal.h"

#include <QFile>
#include <QTextStream>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace lectern::cli {

bool writesToTerminal(const QTextStream &stream)
{
    // QTextStream(stdout) writes through a QFile on the C stream; a string has no device at all.
    const auto *file = qobject_cast<const QFile *>(stream.device());
    if (!file || file->handle() < 0)
        return false;
#if defined(Q_OS_UNIX)
    return ::isatty(file->handle()) == 1;
#elif defined(Q_OS_WIN)
    return ::_isatty(file->handle()) != 0;
#else
    return false;
#endif
}

bool wantsAnsiStyling(const QTextStream &stream)
{
    return qEnvironmentVariableIsEmpty("NO_COLOR") && writesToTerminal(stream);
}

} // namespace lectern::cli
