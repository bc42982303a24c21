#include "pipeline/ImportOptions.h"

namespace lectern {

QString ImportStageText::label(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Decoding:
        return tr("Decoding");
    case ImportStage::StoringAudio:
        return tr("Storing audio");
    case ImportStage::Saving:
        return tr("Saving");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace lectern
