#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace lectern {

class LectureJobs;
class LibraryService;

// Lets a student try Lectern before they have a recording of their own: a one-minute spoken lecture
// that ships with the app is imported, like any recording, into a course made for it, and then
// transcribed if a Groq key is set.
class SampleLecture : public QObject
{
    Q_OBJECT

public:
    // The sample as it is embedded in the app.
    static QString resourcePath();

    SampleLecture(LibraryService *service, LectureJobs *jobs, QObject *parent = nullptr);
    ~SampleLecture() override;

    // Creates the sample course and starts importing the sample into it. Ignored while an earlier
    // sample is still on its way in.
    void start(const QString &courseColour);

signals:
    void courseCreated(const QString &courseId);
    void failed(const QString &message);

private:
    void releaseImportedCopy();

    QPointer<LibraryService> m_service;
    QPointer<LectureJobs> m_jobs;
    // The importer reads a file on disk, not a resource. The copy stays until its import row is gone,
    // so that a failed import can still be retried from the jobs panel.
    std::unique_ptr<QTemporaryDir> m_copyDir;
    QString m_copyPath;
    bool m_importQueued = false;
};

} // namespace lectern
