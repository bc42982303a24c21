#include "ai/GroqLog.h"

namespace lectern {
Q_LOGGING_CATEGORY(lcGroq, "lectern.groq")
}
