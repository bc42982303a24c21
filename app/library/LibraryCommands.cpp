#include "library/LibraryCommands.h"

#include "library/LibraryService.h"
#include "library/LibraryStore.h"

#include <QCoreApplication>

namespace lectern {

namespace {
// Command texts appear in the Edit menu as "Undo <text>".
QString commandText(const char *text, const QString &subject)
{
    return QCoreApplication::translate("lectern::LibraryCommand", text).arg(subject);
}
} // namespace

LibraryCommand::LibraryCommand(LibraryService *service, QObject *context, ErrorHandler onError, const QString &text)
    : QUndoCommand(text)
    , m_service(service)
    , m_context(context)
    , m_onError(std::move(onError))
{
}

void LibraryCommand::run(std::function<Status(LibraryStore &)> work, std::function<void()> onSuccess)
{
    if (!m_service || !m_context)
        return;
    m_service->submit(std::move(work))
        .then(m_context.data(), [onError = m_onError, onSuccess = std::move(onSuccess)](Status status) {
            if (!status) {
                if (onError)
                    onError(status.error());
            } else if (onSuccess) {
                onSuccess();
            }
        });
}

CreateCourseCommand::CreateCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                         const QString &name, const QString &colour,
                                         std::function<void(const Course &)> onCreated)
    : LibraryCommand(service, context, std::move(onError),
                     commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Create Course “%1”"), name))
    , m_name(name)
    , m_colour(colour)
    , m_onCreated(std::move(onCreated))
    , m_courseId(std::make_shared<QString>())
{
}

void CreateCourseCommand::redo()
{
    const std::shared_ptr<QString> courseId = m_courseId;
    if (m_created) {
        run([courseId](LibraryStore &store) { return store.restoreCourse(*courseId); });
        return;
    }
    m_created = true;
    // Written by the worker before the future resolves, read on the UI thread after it did.
    auto created = std::make_shared<Course>();
    run(
        [courseId, created, name = m_name, colour = m_colour](LibraryStore &store) -> Status {
            Result<Course> course = store.createCourse(name, colour);
            if (!course)
                return course.error();
            *courseId = course->id;
            *created = *course;
            return success();
        },
        [created, onCreated = m_onCreated] {
            if (onCreated)
                onCreated(*created);
        });
}

void CreateCourseCommand::undo()
{
    const std::shared_ptr<QString> courseId = m_courseId;
    run([courseId](LibraryStore &store) { return store.deleteCourse(*courseId); });
}

EditCourseCommand::EditCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                     const Course &before, const QString &name, const QString &colour)
    : LibraryCommand(service, context, std::move(onError),
                     commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Rename Course “%1”"), before.name))
    , m_courseId(before.id)
    , m_oldName(before.name)
    , m_oldColour(before.colour)
    , m_newName(name)
    , m_newColour(colour)
{
}

void EditCourseCommand::redo()
{
    apply(m_newName, m_newColour);
}

void EditCourseCommand::undo()
{
    apply(m_oldName, m_oldColour);
}

void EditCourseCommand::apply(const QString &name, const QString &colour)
{
    run([id = m_courseId, name, colour](LibraryStore &store) {
        return store.transaction([&]() -> Status {
            Status renamed = store.renameCourse(id, name);
            if (!renamed)
                return renamed;
            return store.setCourseColour(id, colour);
        });
    });
}

ArchiveCourseCommand::ArchiveCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                           const Course &course, bool archive)
    : LibraryCommand(service, context, std::move(onError),
                     archive ? commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Archive Course “%1”"), course.name)
                             : commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Unarchive Course “%1”"),
                                           course.name))
    , m_courseId(course.id)
    , m_archive(archive)
{
}

void ArchiveCourseCommand::redo()
{
    run([id = m_courseId, archive = m_archive](LibraryStore &store) { return store.setCourseArchived(id, archive); });
}

void ArchiveCourseCommand::undo()
{
    run([id = m_courseId, archive = m_archive](LibraryStore &store) { return store.setCourseArchived(id, !archive); });
}

DeleteCourseCommand::DeleteCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                         const Course &course)
    : LibraryCommand(service, context, std::move(onError),
                     commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Delete Course “%1”"), course.name))
    , m_courseId(course.id)
{
}

void DeleteCourseCommand::redo()
{
    run([id = m_courseId](LibraryStore &store) { return store.deleteCourse(id); });
}

void DeleteCourseCommand::undo()
{
    run([id = m_courseId](LibraryStore &store) { return store.restoreCourse(id); });
}

RenameLectureCommand::RenameLectureCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                           const Lecture &before, const QString &title)
    : LibraryCommand(service, context, std::move(onError),
                     commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Rename Lecture “%1”"), before.title))
    , m_lectureId(before.id)
    , m_oldTitle(before.title)
    , m_newTitle(title)
{
}

void RenameLectureCommand::redo()
{
    run([id = m_lectureId, title = m_newTitle](LibraryStore &store) { return store.setLectureTitle(id, title); });
}

void RenameLectureCommand::undo()
{
    run([id = m_lectureId, title = m_oldTitle](LibraryStore &store) { return store.setLectureTitle(id, title); });
}

DeleteLectureCommand::DeleteLectureCommand(LibraryService *service, QObject *context, ErrorHandler onError,
                                           const Lecture &lecture)
    : LibraryCommand(service, context, std::move(onError),
                     commandText(QT_TRANSLATE_NOOP("lectern::LibraryCommand", "Delete Lecture “%1”"), lecture.title))
    , m_lectureId(lecture.id)
{
}

void DeleteLectureCommand::redo()
{
    run([id = m_lectureId](LibraryStore &store) { return store.deleteLecture(id); });
}

void DeleteLectureCommand::undo()
{
    run([id = m_lectureId](LibraryStore &store) { return store.restoreLecture(id); });
}

} // namespace lectern
