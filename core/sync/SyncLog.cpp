#include "sync/SyncLog.h"

namespace lectern {

Q_LOGGING_CATEGORY(lcSync, "lectern.sync")

} // namespace lectern
