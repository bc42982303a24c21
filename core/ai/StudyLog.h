#pragma once

#include <QLoggingCategory>

namespace lectern {

// Study material and questions: which prompts were sent, what came back unusable.
Q_DECLARE_LOGGING_CATEGORY(lcStudy)

} // namespace lectern
