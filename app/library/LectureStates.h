#pragma once

#include "library/Entities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class QColor;
class QPalette;

namespace lectern {

class LectureJobs;
class LibraryService;

// Where a lecture stands with its transcript, as the sidebar and the lecture page show it.
struct LectureState
{
    enum class Kind {
        Unknown,        // not looked up yet
        NoRecording,    // nothing to transcribe
        NotTranscribed, // a recording but no transcript and no job
        Queued,
        Transcribing,
        Ready,
        Failed,
    };
    Kind kind = Kind::Unknown;
    double fraction = 0.0;
    QString failureReason;

    // "Queued", "Transcribing 42%", "Ready", "Failed: <reason>"; empty when there is nothing to say.
    QString text() const;
    friend bool operator==(const LectureState &, const LectureState &) = default;

    // A red that reads on the palette's base colour, for a failure's words.
    static QColor errorColour(const QPalette &palette);
};

// The transcript state of every lecture: running, queued and failed transcriptions come from
// LectureJobs, whether a lecture has a transcript from the library (read on the service's worker;
// kept current through transcriptChanged). Views ask state() and reload on changed().
class LectureStates : public QObject
{
    Q_OBJECT

public:
    // `service` and `jobs` must outlive this object or be destroyed with it (both are QObjects
    // watched through QPointer, as the app closes the library before the window).
    LectureStates(LibraryService *service, LectureJobs *jobs, QObject *parent = nullptr);

    // Looks up whether these lectures have transcripts, once each; later changes arrive by signal.
    void watch(const QStringList &lectureIds);
    LectureState state(const Lecture &lecture) const;

    // What the lecture page's buttons do.
    void transcribe(const QString &lectureId);
    void retry(const QString &lectureId);

signals:
    void changed(const QStringList &lectureIds);

private:
    void readTranscripts(const QStringList &lectureIds);
    void onJobsChanged();

    QPointer<LibraryService> m_service;
    QPointer<LectureJobs> m_jobs;
    // Lectures whose transcript state has been read, and of those the ones that have one.
    QSet<QString> m_known;
    QSet<QString> m_transcribed;
    // The job states of the last LectureJobs::rowsChanged, by lecture id.
    QHash<QString, LectureState> m_jobStates;
};

} // namespace lectern
