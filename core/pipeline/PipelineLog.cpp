#include "pipeline/PipelineLog.h"

namespace lectern {
Q_LOGGING_CATEGORY(lcPipeline, "lectern.pipeline")
}
