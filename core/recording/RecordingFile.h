#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace lectern {

// What the student chose for a recording before it started.
struct RecordingDetails
{
    // Empty: the lecture is not filed under a course.
    QString courseId;
    // Empty: "Recording of <date> at <time>".
    QString title;
    // ISO 639-1 code, or empty to let the recogniser detect it.
    QString language;
};

// A recording on disk while it is made and until it is a lecture: the Ogg Opus audio
// (<id>.opus), a sidecar describing it (<id>.json, written before the audio starts, so any audio
// found has one) and the lock its recorder holds (<id>.lock, stale once that process is gone).
// They live in the library's recordings/ folder, beside the library they will be imported into.
struct RecordingFile
{
    Q_DECLARE_TR_FUNCTIONS(lectern::RecordingFile)

public:
    QString id;
    QString audioPath;
    QString sidecarPath;
    QString lockPath;
    QDateTime startedAt; // UTC
    RecordingDetails details;

    static QString folder(const QString &libraryDirectory);
    // A new recording's names in `folder`, unique to the millisecond.
    static RecordingFile create(const QString &folder, const QDateTime &startedAt, const RecordingDetails &details);
    // The recording a sidecar describes (the paths are derived from the sidecar's own).
    static Result<RecordingFile> readSidecar(const QString &sidecarPath);
    // Every sidecar in `folder`, oldest first.
    static QStringList sidecarsIn(const QString &folder);

    Status writeSidecar() const;
    // The title the lecture gets: the chosen one, or one made from the start time.
    QString lectureTitle() const;
    // Deletes the audio, the sidecar and the lock file.
    void remove() const;
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::RecordingFile)
