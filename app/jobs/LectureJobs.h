#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "pipeline/ImportOptions.h"
#include "pipeline/TranscriptionQueue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace lectern {

class LectureImportJob;
class LibraryService;

// The work the app does for lectures in the background, as one list for the jobs panel: recordings
// being imported (one after another) and lectures being transcribed (TranscriptionQueue). A
// recording that imports is handed on to transcription at once. Rows stay while queued or
// running, and after a failure until the student retries or dismisses them.
class LectureJobs : public QObject
{
    Q_OBJECT

public:
    struct Row
    {
        enum class Kind { Import, Transcription };
        enum class State { Queued, Running, Failed };
        Kind kind = Kind::Import;
        State state = State::Queued;
        // The file's path for an import, the lecture's id for a transcription.
        QString key;
        QString title;
        // "Decoding", "Transcribing 3 of 6 chunks", "Waiting 20 s for Groq", or why it failed.
        QString status;
        double fraction = 0.0;
    };

    // `service` must be open and outlive the jobs.
    LectureJobs(LibraryService &service, TranscriptionQueue::ClientFactory makeClient, QObject *parent = nullptr);
    ~LectureJobs() override;

    // Imports the recordings into the course (empty: no course), then transcribes each.
    void importFiles(const QStringList &paths, const QString &courseId = {});
    void transcribe(const QString &lectureId);
    void cancel(const QString &key);
    // Runs a failed row again.
    void retry(const QString &key);
    // Forgets a failed row.
    void dismiss(const QString &key);

    const QList<Row> &rows() const { return m_rows; }
    const Row *row(const QString &key) const;
    TranscriptionQueue *transcriptions() const { return m_transcriptions; }

signals:
    void rowsChanged();
    void lectureImported(const lectern::Lecture &lecture);
    // A lecture's transcript is in (or its transcription ended otherwise).
    void transcriptionFinished(const QString &lectureId, bool ok);

private:
    struct PendingImport
    {
        QString path;
        QString courseId;
    };
    void startNextImport();
    void onImportProgress(double fraction, const QString &stage);
    void onImportFinished(const Result<Lecture> &lecture);
    void onTranscriptionChanged(const QString &lectureId);
    Row *find(const QString &key);
    void removeRow(const QString &key);

    QPointer<LibraryService> m_service; // the app closes the library before the window
    LectureImportJob *m_import;
    TranscriptionQueue *m_transcriptions;
    QList<PendingImport> m_pendingImports;
    QString m_importingPath;
    QString m_importingCourse;
    QHash<QString, QString> m_failedImportCourses; // path -> course, for a retry
    QHash<QString, QString> m_titles;              // lecture id -> title
    QList<Row> m_rows;
};

} // namespace lectern
