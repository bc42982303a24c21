#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "recording/RecordingFile.h"

#include <QList>
#include <QObject>

#include <optional>

namespace lectern {

class LectureImportJob;
class LibraryService;

// Turns finished (or recovered) recordings into lectures for the app, one after another, without
// blocking the UI thread: each is repaired if it needs it and imported through LectureImportJob.
// Its files are removed once the lecture exists; after a failure they stay, so the next start
// offers the recording again.
class RecordingImport : public QObject
{
    Q_OBJECT

public:
    // `library` must outlive the import.
    explicit RecordingImport(LibraryService &library, QObject *parent = nullptr);
    ~RecordingImport() override;

    void import(const RecordingFile &recording);
    bool isRunning() const;

signals:
    void progress(double fraction, const QString &stage);
    void finished(const lectern::RecordingFile &recording, const lectern::Result<lectern::Lecture> &lecture);

private:
    void startNext();
    void onImported(const Result<Lecture> &lecture);

    LectureImportJob *m_job;
    QList<RecordingFile> m_queue;
    std::optional<RecordingFile> m_current;
};

} // namespace lectern
