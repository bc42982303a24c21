#include "audio/AudioLog.h"

namespace lectern {
Q_LOGGING_CATEGORY(lcAudio, "lectern.audio")
}
