#include "recording/RecordingImport.h"

#include "pipeline/LectureImportJob.h"
#include "recording/RecordingLog.h"
#include "recording/RecordingRecovery.h"

#include <QTimer>

namespace lectern {

RecordingImport::RecordingImport(LibraryService &library, QObject *parent)
    : QObject(parent), m_job(new LectureImportJob(library, this))
{
    qRegisterMetaType<RecordingFile>();
    connect(m_job, &LectureImportJob::progress, this, &RecordingImport::progress);
    connect(m_job, &LectureImportJob::finished, this, &RecordingImport::onImported);
}

RecordingImport::~RecordingImport() = default;

bool RecordingImport::isRunning() const
{
    return m_current.has_value() || !m_queue.isEmpty();
}

void RecordingImport::import(const RecordingFile &recording)
{
    m_queue.append(recording);
    startNext();
}

void RecordingImport::startNext()
{
    while (!m_current && !m_queue.isEmpty()) {
        RecordingFile next = m_queue.takeFirst();
        // Only a file whose writer died needs it; for a finished one this reads the page headers.
        if (const Result<qint64> repaired = RecordingRecovery::repair(next); !repaired) {
            // Reported from the event loop, like every other outcome, never from inside import().
            QTimer::singleShot(0, this, [this, next, error = repaired.error()] { emit finished(next, error); });
            continue;
        }
        m_current = next;
        m_job->start(next.audioPath, RecordingRecovery::importOptions(next));
    }
}

void RecordingImport::onImported(const Result<Lecture> &lecture)
{
    const RecordingFile recording = *std::exchange(m_current, std::nullopt);
    if (lecture) {
        recording.remove();
        qCInfo(lcRecording) << recording.id << "is now the lecture" << lecture->id;
    } else {
        qCWarning(lcRecording) << "importing" << recording.id << "failed:" << lecture.error().message;
    }
    emit finished(recording, lecture);
    startNext();
}

} // namespace lectern
