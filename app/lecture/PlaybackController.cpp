#include "lecture/PlaybackController.h"

#include <algorithm>

namespace lectern {

void PlaybackController::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PlaybackController::skip(qint64 deltaMs)
{
    qint64 target = std::max<qint64>(0, position() + deltaMs);
    if (duration() > 0)
        target = std::min(target, duration());
    seek(target);
}

} // namespace lectern
