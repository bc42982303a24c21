#pragma once

#include "base/Result.h"

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace lectern {

class LibraryService;
class LibrarySidebar;
struct Course;
struct Lecture;

// What the student can do to courses and lectures from the menus, the sidebar's context menu and
// the welcome page: New Course, Rename, Archive, Delete, with Undo and Redo. Rename, Archive and
// Delete act on the sidebar's selection and are disabled when it holds nothing they apply to.
class LibraryActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs are parented to `window`.
    LibraryActions(LibraryService *service, LibrarySidebar *sidebar, QWidget *window);

    QAction *newCourseAction() const { return m_newCourse; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    // Archive Course, or Unarchive Course when the selected course is archived.
    QAction *archiveAction() const { return m_archive; }
    // View › Show Archived Courses, kept in the settings.
    QAction *showArchivedAction() const { return m_showArchived; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoStack *undoStack() const { return m_undoStack; }

public slots:
    void newCourse();
    void renameSelection();
    void deleteSelection();
    void archiveSelection();

signals:
    // A course was created through these actions; the window selects it once the sidebar has it.
    void courseCreated(const QString &courseId);
    // A short note for the status bar, e.g. after a deletion.
    void statusMessage(const QString &message);

private:
    void updateActionState();
    void renameCourse(const Course &course);
    void renameLecture(const Lecture &lecture);
    void deleteCourse(const Course &course, int lectureCount);
    void reportFailure(const Error &error);

    LibraryService *m_service;
    LibrarySidebar *m_sidebar;
    QWidget *m_window;
    QUndoStack *m_undoStack;
    QAction *m_newCourse;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_archive;
    QAction *m_showArchived;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace lectern
