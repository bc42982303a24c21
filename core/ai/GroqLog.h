#pragma once

#include <QLoggingCategory>

namespace lectern {

// Enable with QT_LOGGING_RULES="lectern.groq.debug=true". The API key is never logged.
Q_DECLARE_LOGGING_CATEGORY(lcGroq)

} // namespace lectern
