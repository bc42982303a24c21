#pragma once

#include "QtPrinters.h"
#include "library/Entities.h"
#include "library/LibraryService.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace lectern::test {

// A fresh library in a temporary directory, opened through LibraryService as the app does.
// Test code may wait on it synchronously; the widgets under test never do.
class TemporaryLibrary
{
public:
    TemporaryLibrary();
    ~TemporaryLibrary();

    LibraryService &service() { return *m_service; }
    QString path() const { return m_dir.path(); }

    // Runs `work` on the library's worker thread and waits for its answer.
    template<typename F>
    auto run(F &&work)
    {
        auto future = m_service->submit(std::forward<F>(work));
        future.waitForFinished();
        return future.result();
    }

    Course addCourse(const QString &name, const QString &colour = {});
    Lecture addLecture(const QString &courseId, const QString &title, const QDateTime &recordedAt, qint64 durationMs);
    QList<Course> courses();

    // Finishes the service's queued work and closes it; windows using it must go after this.
    void closeService() { m_service.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryService> m_service;
};

// Where screenshots of the GUI tests go (created on first use).
QString screenshotPath(const QString &fileName);

} // namespace lectern::test
