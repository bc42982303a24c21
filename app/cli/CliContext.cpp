#include "cli/CliContext.h"

#include "library/LibraryStore.h"

namespace lectern::cli {

CliContext::CliContext(QString dataDirectory, QTextStream &out, QTextStream &err)
    : m_dataDirectory(std::move(dataDirectory)), m_out(out), m_err(err)
{
}

CliContext::~CliContext() = default;

LibraryStore *CliContext::library()
{
    if (!m_library && !m_libraryFailed) {
        auto opened = LibraryStore::open(m_dataDirectory);
        if (opened) {
            m_library = std::move(opened).value();
        } else {
            m_libraryFailed = true;
            fail(InputError, opened.error());
        }
    }
    return m_library.get();
}

ExitCode CliContext::fail(ExitCode code, const QString &message)
{
    m_err << QStringLiteral("lectern-cli: ") << message << Qt::endl;
    return code;
}

} // namespace lectern::cli
