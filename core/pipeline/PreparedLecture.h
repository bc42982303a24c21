#pragma once

#include "library/Entities.h"
#include "pipeline/StagedFile.h"

#include <QString>

#include <optional>

namespace lectern {

// A recording that was decoded and whose audio waits, staged, to become a lecture: the first half
// of an import (LectureImporter::prepare), which needs no library, handed to the second
// (LectureImporter::commit), which runs where the library is. Dropping it removes the staged audio.
struct PreparedLecture
{
    QString sourcePath;
    // The lecture to create: everything but its id and stamp.
    Lecture draft;
    // Where the audio belongs, absolute (draft.audioPath is the same, relative to the library).
    QString storedAudioPath;
    // The audio to move there; empty when an identical file is already there and is shared.
    std::optional<StagedFile> stagedAudio;
};

} // namespace lectern
