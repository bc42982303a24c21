#include "pipeline/LectureBatchImport.h"

#include "audio/AudioError.h"
#include "pipeline/LectureImportJob.h"

#include <QFileInfo>

namespace lectern {

LectureBatchImport::LectureBatchImport(LibraryService &library, QObject *parent)
    : QObject(parent), m_job(new LectureImportJob(library, this))
{
    qRegisterMetaType<ImportOutcome>();
    connect(m_job, &LectureImportJob::progress, this, &LectureBatchImport::onFileProgress);
    connect(m_job, &LectureImportJob::finished, this, &LectureBatchImport::onFileFinished);
}

LectureBatchImport::~LectureBatchImport() = default;

bool LectureBatchImport::start(const QStringList &paths, const ImportOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_paths = paths;
    m_options = options;
    m_outcomes.clear();
    // Even an empty batch answers after start() has returned, like every other.
    QMetaObject::invokeMethod(this, &LectureBatchImport::startNext, Qt::QueuedConnection);
    return true;
}

void LectureBatchImport::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_job->cancel();
}

void LectureBatchImport::startNext()
{
    while (m_outcomes.size() < m_paths.size()) {
        const QString &path = m_paths.at(m_outcomes.size());
        if (!m_cancelled && m_job->start(path, m_options))
            return;
        record(AudioError::cancelled(path));
    }
    m_running = false;
    emit finished(m_outcomes);
}

void LectureBatchImport::onFileProgress(double fraction, const QString &stage)
{
    const qsizetype index = m_outcomes.size();
    const qsizetype count = m_paths.size();
    emit progress((double(index) + fraction) / double(count),
                  tr("%1 \"%2\" (%3 of %4)")
                      .arg(stage, QFileInfo(m_paths.at(index)).fileName())
                      .arg(index + 1)
                      .arg(count));
}

void LectureBatchImport::onFileFinished(const Result<Lecture> &lecture)
{
    record(lecture);
    startNext();
}

void LectureBatchImport::record(const Result<Lecture> &lecture)
{
    const int index = int(m_outcomes.size());
    m_outcomes.append(ImportOutcome{m_paths.at(index), lecture});
    emit fileFinished(index, m_outcomes.constLast());
}

} // namespace lectern
