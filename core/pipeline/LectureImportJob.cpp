#include "pipeline/LectureImportJob.h"

#include "audio/AudioError.h"
#include "library/LibraryService.h"
#include "pipeline/CancelToken.h"
#include "pipeline/LectureImporter.h"

#include <QMutex>
#include <QThread>

#include <optional>

namespace lectern {

namespace {
// Progress steps smaller than this are not worth a queued signal.
constexpr double kProgressStep = 0.005;
constexpr double kPreparedShare = 0.95;
} // namespace

// What the job and its worker thread share.
struct LectureImportJob::Work
{
    CancelToken cancel;
    QMutex mutex;
    std::optional<Result<PreparedLecture>> prepared; // guarded by mutex
    // Only touched by the worker thread.
    double lastFraction = -1.0;
    std::optional<ImportStage> lastStage;
};

LectureImportJob::LectureImportJob(LibraryService &library, QObject *parent) : QObject(parent), m_library(library)
{
    qRegisterMetaType<Result<Lecture>>();
}

LectureImportJob::~LectureImportJob()
{
    if (m_thread) {
        m_work->cancel.cancel();
        m_thread->wait();
    }
}

bool LectureImportJob::start(const QString &path, const ImportOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_path = path;
    auto work = std::make_shared<Work>();
    m_work = work;
    const QString libraryDirectory = m_library.dataDirectory();
    m_thread.reset(QThread::create([this, work, path, options, libraryDirectory] {
        const auto onProgress = [this, work](ImportStage stage, double fraction) {
            if (work->lastStage == stage && fraction - work->lastFraction < kProgressStep)
                return;
            work->lastStage = stage;
            work->lastFraction = fraction;
            // The job outlives this thread (its destructor waits for it), so posting to it is safe.
            QMetaObject::invokeMethod(
                this, [this, stage, fraction] { emit progress(fraction, ImportStageText::label(stage)); },
                Qt::QueuedConnection);
        };
        Result<PreparedLecture> prepared =
            LectureImporter::prepare(path, options, libraryDirectory, onProgress, &work->cancel);
        QMutexLocker lock(&work->mutex);
        work->prepared.emplace(std::move(prepared));
    }));
    m_thread->setObjectName(QStringLiteral("lectern-import"));
    connect(m_thread.get(), &QThread::finished, this, &LectureImportJob::onPrepared);
    m_thread->start();
    return true;
}

void LectureImportJob::cancel()
{
    if (m_running && m_work)
        m_work->cancel.cancel();
}

void LectureImportJob::onPrepared()
{
    m_thread->wait();
    m_thread.reset();
    std::optional<Result<PreparedLecture>> prepared;
    {
        QMutexLocker lock(&m_work->mutex);
        prepared.swap(m_work->prepared);
    }
    if (!prepared)
        return finish(AudioError::cancelled(m_path));
    if (!prepared->ok())
        return finish(prepared->error());
    if (m_work->cancel.isCancelled())
        return finish(AudioError::cancelled(m_path)); // the staged audio goes with `prepared`

    emit progress(kPreparedShare, ImportStageText::label(ImportStage::Saving));
    // Moved to the library's thread, where it is committed or, if the library is not open,
    // dropped (which removes the staged audio).
    auto ready = std::make_shared<PreparedLecture>(std::move(*prepared).value());
    m_library
        .submit([ready](LibraryStore &store) { return LectureImporter::commit(store, std::move(*ready)); })
        .then(this, [this, ready](const Result<Lecture> &lecture) {
            // Committed, the staged audio is gone already; otherwise it is removed now rather than
            // whenever the library thread lets go of its copy of `ready`, so that nothing is left
            // once finished() is out.
            ready->stagedAudio.reset();
            finish(lecture);
        });
}

void LectureImportJob::finish(const Result<Lecture> &lecture)
{
    m_running = false;
    if (lecture)
        emit progress(1.0, ImportStageText::label(ImportStage::Saving));
    emit finished(lecture);
}

} // namespace lectern
