#include "recording/RecordingLog.h"

namespace lectern {
Q_LOGGING_CATEGORY(lcRecording, "lectern.recording")
}
