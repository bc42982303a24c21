#include "shell/SampleLecture.h"

#include "jobs/LectureJobs.h"
#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSampleLecture, "lectern.sample")

namespace lectern {

QString SampleLecture::resourcePath()
{
    return u":/samples/sample-lecture-osmosis.opus"_s;
}

SampleLecture::SampleLecture(LibraryService *service, LectureJobs *jobs, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_jobs(jobs)
{
    connect(jobs, &LectureJobs::rowsChanged, this, &SampleLecture::releaseImportedCopy);
}

SampleLecture::~SampleLecture() = default;

void SampleLecture::start(const QString &courseColour)
{
    if (m_copyDir || !m_service || !m_jobs)
        return;
    m_copyDir = std::make_unique<QTemporaryDir>();
    // The file name becomes the lecture's title.
    m_copyPath = m_copyDir->filePath(tr("Osmosis - Sample Lecture") + u".opus"_s);
    if (!m_copyDir->isValid() || !QFile::copy(resourcePath(), m_copyPath)) {
        qCWarning(lcSampleLecture) << "could not copy the sample lecture to" << m_copyPath;
        m_copyDir.reset();
        emit failed(tr("The sample lecture could not be prepared: there is no room for a temporary file."));
        return;
    }
    // Copied from a resource, the file is read-only; the temporary directory must be able to remove it.
    QFile::setPermissions(m_copyPath, QFile::ReadOwner | QFile::WriteOwner);
    m_importQueued = false;
    m_service->submit([name = tr("Sample Course"), courseColour](LibraryStore &store) {
                 return store.createCourse(name, courseColour);
             })
        .then(this, [this](const Result<Course> &course) {
            if (!course) {
                m_copyDir.reset();
                emit failed(course.error().message);
                return;
            }
            if (!m_jobs)
                return;
            m_importQueued = true;
            m_jobs->importFiles({m_copyPath}, course->id);
            emit courseCreated(course->id);
        });
}

void SampleLecture::releaseImportedCopy()
{
    if (m_importQueued && m_jobs && !m_jobs->row(m_copyPath)) {
        m_importQueued = false;
        m_copyDir.reset();
    }
}

} // namespace lectern
