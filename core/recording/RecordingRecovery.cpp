#include "recording/RecordingRecovery.h"

#include "pipeline/LectureImporter.h"
#include "recording/OggStreamRepair.h"
#include "recording/RecordingLog.h"

#include <QFileInfo>
#include <QLockFile>

namespace lectern {

namespace {
// Whether a live recorder (in this process or another) holds the recording.
bool isHeld(const RecordingFile &recording)
{
    QLockFile lock(recording.lockPath);
    // Age alone never makes a lock stale: an hour-long recording keeps it for an hour. A lock is
    // only taken over when the process that wrote it is gone.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}
} // namespace

QList<UnfinishedRecording> RecordingRecovery::find(const QString &folder)
{
    QList<UnfinishedRecording> found;
    for (const QString &sidecar : RecordingFile::sidecarsIn(folder)) {
        const Result<RecordingFile> recording = RecordingFile::readSidecar(sidecar);
        if (!recording) {
            qCWarning(lcRecording) << recording.error().message;
            continue;
        }
        if (isHeld(*recording))
            continue;
        const Result<OggStreamRepair::Scan> scan = OggStreamRepair::scan(recording->audioPath);
        if (!scan || !scan->hasAudio) {
            qCInfo(lcRecording) << "removing" << recording->id << "which holds no audio";
            discard(*recording);
            continue;
        }
        found.append({*recording, scan->durationMs});
    }
    return found;
}

Result<qint64> RecordingRecovery::repair(const RecordingFile &recording)
{
    const Result<OggStreamRepair::Scan> repaired = OggStreamRepair::repair(recording.audioPath);
    if (!repaired)
        return repaired.error();
    if (!repaired->hasAudio)
        return Error{QString(NothingRecorded),
                     tr("The recording from %1 holds no audio.").arg(recording.startedAt.toLocalTime().toString())};
    return repaired->durationMs;
}

ImportOptions RecordingRecovery::importOptions(const RecordingFile &recording)
{
    ImportOptions options;
    options.storage = AudioStorage::Original;
    options.courseId = recording.details.courseId;
    options.title = recording.lectureTitle();
    options.recordedAt = recording.startedAt;
    options.language = recording.details.language;
    return options;
}

Result<Lecture> RecordingRecovery::recover(LibraryStore &store, const RecordingFile &recording)
{
    if (const Result<qint64> repaired = repair(recording); !repaired)
        return repaired.error();
    Result<Lecture> lecture = LectureImporter::importFile(store, recording.audioPath, importOptions(recording));
    if (lecture)
        recording.remove();
    return lecture;
}

void RecordingRecovery::discard(const RecordingFile &recording)
{
    recording.remove();
}

} // namespace lectern
