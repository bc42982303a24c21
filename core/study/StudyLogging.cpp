#include "study/StudyLogging.h"

namespace lectern {

Q_LOGGING_CATEGORY(lcStudy, "lectern.study")

} // namespace lectern
