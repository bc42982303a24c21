#include "TemporaryLibrary.h"

#include "library/LibraryStore.h"

#include <gtest/gtest.h>

#include <QDir>

namespace lectern::test {

TemporaryLibrary::TemporaryLibrary()
    : m_service(std::make_unique<LibraryService>(m_dir.path()))
{
    QFuture<Status> opened = m_service->open();
    opened.waitForFinished();
    const Status status = opened.result();
    EXPECT_TRUE(status.ok()) << (status.ok() ? "" : qPrintable(status.error().message));
}

TemporaryLibrary::~TemporaryLibrary() = default;

Course TemporaryLibrary::addCourse(const QString &name, const QString &colour)
{
    Result<Course> course = run([=](LibraryStore &store) { return store.createCourse(name, colour); });
    EXPECT_TRUE(course.ok());
    return course.ok() ? course.value() : Course{};
}

Lecture TemporaryLibrary::addLecture(const QString &courseId, const QString &title, const QDateTime &recordedAt,
                                     qint64 durationMs)
{
    Lecture draft;
    draft.courseId = courseId;
    draft.title = title;
    draft.recordedAt = recordedAt;
    draft.durationMs = durationMs;
    Result<Lecture> lecture = run([draft](LibraryStore &store) { return store.createLecture(draft); });
    EXPECT_TRUE(lecture.ok());
    return lecture.ok() ? lecture.value() : Lecture{};
}

QList<Course> TemporaryLibrary::courses()
{
    Result<QList<Course>> courses = run([](LibraryStore &store) { return store.courses(); });
    EXPECT_TRUE(courses.ok());
    return courses.ok() ? courses.value() : QList<Course>{};
}

QString screenshotPath(const QString &fileName)
{
    const QString dir = QStringLiteral(LECTERN_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

} // namespace lectern::test
