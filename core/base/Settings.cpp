#include "base/Settings.h"

namespace lectern {

Settings::Settings()
    : m_owned(std::make_unique<QSettings>()), m_settings(m_owned.get())
{
}

Settings::Settings(QSettings *backend)
    : m_settings(backend)
{
}

} // namespace lectern
