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

StatusLine::StatusLine(QTextStream &err) : m_err(err), m_live(writesToTerminal(err)) {}

StatusLine::~StatusLine()
{
    clear();
}

void StatusLine::show(const QString &text)
{
    if (!m_live || text == m_shown)
        return;
    // Carriage return, then erase to the end of the line: the new text replaces the old.
    m_err << QStringLiteral("\r\x1b[K") << text << Qt::flush;
    m_shown = text;
}

void StatusLine::clear()
{
    if (m_shown.isNull())
        return;
    m_err << QStringLiteral("\r\x1b[K") << Qt::flush;
    m_shown = QString();
}

} // namespace lectern::cli
