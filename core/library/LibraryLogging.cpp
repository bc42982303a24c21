#include "library/LibraryLogging.h"

namespace lectern {

Q_LOGGING_CATEGORY(lcLibrary, "lectern.library")

} // namespace lectern
