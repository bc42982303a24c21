#include "chat/ChatLog.h"

namespace lectern {

Q_LOGGING_CATEGORY(lcChat, "lectern.chat")

} // namespace lectern
