#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "pipeline/ImportOptions.h"
#include "pipeline/ImportOutcome.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace lectern {

class LibraryService;

// Imports one file for the app without blocking the UI thread: the recording is decoded and its
// audio staged in a worker thread (LectureImporter::prepare), then the lecture is created on the
// library's thread (LectureImporter::commit). Signals arrive on the job's own thread.
//
//   auto *job = new LectureImportJob(library, this);
//   connect(job, &LectureImportJob::progress, bar, [bar](double f, const QString &stage) { ... });
//   connect(job, &LectureImportJob::finished, this, [](const Result<Lecture> &lecture) { ... });
//   job->start(path, options);
class LectureImportJob : public QObject
{
    Q_OBJECT

public:
    // `library` must outlive the job.
    explicit LectureImportJob(LibraryService &library, QObject *parent = nullptr);
    // Cancels a running import and waits for the worker to stop (which a cancel makes quick).
    ~LectureImportJob() override;

    // Starts importing `path`; false (and nothing happens) while an import is running.
    bool start(const QString &path, const ImportOptions &options = {});
    // Stops the import soon; finished() follows with AudioError::Cancelled and nothing is left
    // behind. Once the lecture is being created the import completes instead.
    void cancel();
    bool isRunning() const { return m_running; }
    const QString &path() const { return m_path; }

signals:
    // How much of the import is done (0..1) and what it is doing ("Decoding", ...).
    void progress(double fraction, const QString &stage);
    void finished(const lectern::Result<lectern::Lecture> &lecture);

private:
    struct Work;
    void onPrepared();
    void finish(const Result<Lecture> &lecture);

    LibraryService &m_library;
    QString m_path;
    bool m_running = false;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Work> m_work;
};

} // namespace lectern
