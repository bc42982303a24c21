#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "pipeline/ImportOptions.h"
#include "recording/RecordingFile.h"

#include <QCoreApplication>
#include <QList>

namespace lectern {

class LibraryStore;

// A recording whose recorder is gone without importing it: the app crashed, the machine lost
// power, or the import after Stop failed.
struct UnfinishedRecording
{
    RecordingFile recording;
    // What a recovery keeps.
    qint64 durationMs = 0;
};

// Finds recordings left in a recordings/ folder and turns them into lectures: the Ogg stream is
// repaired (OggStreamRepair) and imported like a finished recording, keeping it as Opus.
class RecordingRecovery
{
    Q_DECLARE_TR_FUNCTIONS(lectern::RecordingRecovery)

public:
    // The recordings in `folder` that no running recorder holds, oldest first. Leftovers that
    // hold no audio at all are removed on the way: there is nothing to offer.
    static QList<UnfinishedRecording> find(const QString &folder);
    // Cuts the audio to its last complete page and ends the stream there.
    static Result<qint64> repair(const RecordingFile &recording);
    // How a recording (finished or repaired) is imported: into its course, titled and dated from
    // its start, stored as it is (it already is compact Ogg Opus).
    static ImportOptions importOptions(const RecordingFile &recording);
    // Repairs and imports in one go, blocking (command line and tests; the app uses
    // RecordingImport). The files are removed once the lecture exists.
    static Result<Lecture> recover(LibraryStore &store, const RecordingFile &recording);
    static void discard(const RecordingFile &recording);

    static constexpr QLatin1String NothingRecorded{"recording.nothing_recorded"};
};

} // namespace lectern
