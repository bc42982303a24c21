#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace lectern {

class LibraryService;
class LibraryStore;

// Undoable edits of the library, for the Edit menu's Undo and Redo. Each command queues its write
// on the library's worker thread and returns at once; the sidebar follows through the service's
// change signals. Deletions are tombstones in the library, so undoing one restores the course or
// lecture with everything in it.
//
// A failed write is reported through `onError` on the context object's thread; the caller
// decides what the undo history is still worth then.
class LibraryCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &error)>;

protected:
    LibraryCommand(LibraryService *service, QObject *context, ErrorHandler onError, const QString &text);

    // Runs `work` on the worker thread; then, on the context's thread, reports its error or calls
    // `onSuccess`.
    void run(std::function<Status(LibraryStore &)> work, std::function<void()> onSuccess = {});

private:
    QPointer<LibraryService> m_service;
    QPointer<QObject> m_context;
    ErrorHandler m_onError;
};

class CreateCourseCommand : public LibraryCommand
{
public:
    // `onCreated` gets the stored course the first time the command runs.
    CreateCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError, const QString &name,
                        const QString &colour, std::function<void(const Course &)> onCreated);

    void redo() override;
    void undo() override;

private:
    QString m_name;
    QString m_colour;
    std::function<void(const Course &)> m_onCreated;
    // The new course's id, set on the worker thread when it is created. Only work queued after
    // that reads it, and the worker runs work in order, so undo and redo always see it set.
    std::shared_ptr<QString> m_courseId;
    bool m_created = false;
};

// Renaming and recolouring a course, one undo step for both.
class EditCourseCommand : public LibraryCommand
{
public:
    EditCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError, const Course &before,
                      const QString &name, const QString &colour);

    void redo() override;
    void undo() override;

private:
    void apply(const QString &name, const QString &colour);

    QString m_courseId;
    QString m_oldName;
    QString m_oldColour;
    QString m_newName;
    QString m_newColour;
};

// Archiving a course (or taking it out of the archive): it leaves the sidebar and the lists of
// courses to pick from, and its cards leave the daily queue, with nothing deleted.
class ArchiveCourseCommand : public LibraryCommand
{
public:
    ArchiveCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError, const Course &course,
                         bool archive);

    void redo() override;
    void undo() override;

private:
    QString m_courseId;
    bool m_archive;
};

class DeleteCourseCommand : public LibraryCommand
{
public:
    DeleteCourseCommand(LibraryService *service, QObject *context, ErrorHandler onError, const Course &course);

    void redo() override;
    void undo() override;

private:
    QString m_courseId;
};

class RenameLectureCommand : public LibraryCommand
{
public:
    RenameLectureCommand(LibraryService *service, QObject *context, ErrorHandler onError, const Lecture &before,
                         const QString &title);

    void redo() override;
    void undo() override;

private:
    QString m_lectureId;
    QString m_oldTitle;
    QString m_newTitle;
};

class DeleteLectureCommand : public LibraryCommand
{
public:
    DeleteLectureCommand(LibraryService *service, QObject *context, ErrorHandler onError, const Lecture &lecture);

    void redo() override;
    void undo() override;

private:
    QString m_lectureId;
};

} // namespace lectern
