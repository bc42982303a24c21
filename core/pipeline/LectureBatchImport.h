#pragma once

#include "pipeline/ImportOptions.h"
#include "pipeline/ImportOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

namespace lectern {

class LectureImportJob;
class LibraryService;

// Imports many files for the app (a drag and drop of a term's recordings), one after another, going
// on past a file that fails, with one outcome per file. Signals arrive on the object's thread.
class LectureBatchImport : public QObject
{
    Q_OBJECT

public:
    // `library` must outlive the import.
    explicit LectureBatchImport(LibraryService &library, QObject *parent = nullptr);
    ~LectureBatchImport() override;

    // Starts importing `paths` with the same options (an empty title gives each file its own);
    // false while a batch is running.
    bool start(const QStringList &paths, const ImportOptions &options = {});
    // Stops the file being imported and skips the rest; each of them is reported as cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    // The outcomes so far, in the order of the paths.
    const QList<ImportOutcome> &outcomes() const { return m_outcomes; }

signals:
    // How much of the whole batch is done (0..1) and what it is doing, naming the file.
    void progress(double fraction, const QString &stage);
    void fileFinished(int index, const lectern::ImportOutcome &outcome);
    void finished(const QList<lectern::ImportOutcome> &outcomes);

private:
    void startNext();
    void onFileProgress(double fraction, const QString &stage);
    void onFileFinished(const Result<Lecture> &lecture);
    void record(const Result<Lecture> &lecture);

    LectureImportJob *m_job;
    QStringList m_paths;
    ImportOptions m_options;
    QList<ImportOutcome> m_outcomes;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace lectern
