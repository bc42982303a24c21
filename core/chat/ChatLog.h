#pragma once

#include <QLoggingCategory>

namespace lectern {

Q_DECLARE_LOGGING_CATEGORY(lcChat)

} // namespace lectern
