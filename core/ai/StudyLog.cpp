#include "ai/StudyLog.h"

namespace lectern {
Q_LOGGING_CATEGORY(lcStudy, "lectern.study")
}
