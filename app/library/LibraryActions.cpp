#include "library/LibraryActions.h"

#include "base/Settings.h"
#include "library/CourseColours.h"
#include "library/CourseDialog.h"
#include "library/LibraryCommands.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"

#include <QAction>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcLibraryModel)

namespace lectern {

LibraryActions::LibraryActions(LibraryService *service, LibrarySidebar *sidebar, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_sidebar(sidebar)
    , m_window(window)
    , m_undoStack(new QUndoStack(this))
    , m_newCourse(new QAction(QIcon::fromTheme(u"folder-new"_s), tr("&New Course…"), this))
    , m_rename(new QAction(QIcon::fromTheme(u"edit-rename"_s), tr("&Rename…"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"), this))
    , m_archive(new QAction(QIcon::fromTheme(u"folder-archive"_s), tr("&Archive Course"), this))
    , m_showArchived(new QAction(tr("Show &Archived Courses"), this))
    , m_undo(new QAction(tr("&Undo"), this))
    , m_redo(new QAction(tr("Re&do"), this))
{
    m_newCourse->setObjectName(u"newCourseAction"_s);
    m_newCourse->setShortcut(QKeySequence::New);
    m_newCourse->setStatusTip(tr("Create a course to file lectures under"));
    m_rename->setObjectName(u"renameAction"_s);
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setStatusTip(tr("Rename the selected course or lecture"));
    m_delete->setObjectName(u"deleteAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected course or lecture"));
    m_archive->setObjectName(u"archiveCourseAction"_s);
    m_archive->setStatusTip(tr("Put the selected course away, or take it out of the archive"));
    m_showArchived->setObjectName(u"showArchivedCoursesAction"_s);
    m_showArchived->setCheckable(true);
    m_showArchived->setChecked(Settings().value(Setting::ShowArchivedCourses));
    m_showArchived->setStatusTip(tr("List archived courses in the sidebar, after the others"));
    sidebar->libraryModel()->setShowArchived(m_showArchived->isChecked());
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redo->setShortcut(QKeySequence::Redo);
    // Not QUndoStack::createUndoAction(): it glues prefix and command with a space, which
    // translations cannot reorder or punctuate ("Rückgängig: Kurs „Chemie“ löschen").
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString &command) {
        m_undo->setText(command.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(command));
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString &command) {
        m_redo->setText(command.isEmpty() ? tr("Re&do") : tr("Re&do %1").arg(command));
    });

    connect(m_newCourse, &QAction::triggered, this, &LibraryActions::newCourse);
    connect(m_rename, &QAction::triggered, this, &LibraryActions::renameSelection);
    connect(m_delete, &QAction::triggered, this, &LibraryActions::deleteSelection);
    connect(m_archive, &QAction::triggered, this, &LibraryActions::archiveSelection);
    connect(m_showArchived, &QAction::toggled, this, [this](bool show) {
        Settings().setValue(Setting::ShowArchivedCourses, show);
        m_sidebar->libraryModel()->setShowArchived(show);
    });
    // Archiving changes the selected row's data, not the selection.
    connect(sidebar->libraryModel(), &QAbstractItemModel::dataChanged, this, &LibraryActions::updateActionState);
    connect(sidebar, &LibrarySidebar::selectedIndexChanged, this, &LibraryActions::updateActionState);
    updateActionState();
}

void LibraryActions::updateActionState()
{
    const LibraryTreeModel *model = m_sidebar->libraryModel();
    const QModelIndex selected = m_sidebar->selectedIndex();
    const bool editable = model->courseAt(selected) || model->lectureAt(selected);
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
    const Course *course = model->courseAt(selected);
    m_archive->setEnabled(course);
    m_archive->setText(course && course->archived ? tr("Un&archive Course") : tr("&Archive Course"));
}

void LibraryActions::newCourse()
{
    const QColor suggested = CourseColours::suggestNext(m_sidebar->libraryModel()->courseColours());
    auto *dialog = new CourseDialog(CourseDialog::Purpose::Create, QString(), suggested, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        m_undoStack->push(new CreateCourseCommand(
            m_service, this, [this](const Error &error) { reportFailure(error); }, name,
            CourseColours::toStoredForm(dialog->colour()), [this](const Course &course) {
                emit courseCreated(course.id);
            }));
    });
    dialog->open();
}

void LibraryActions::renameSelection()
{
    const LibraryTreeModel *model = m_sidebar->libraryModel();
    const QModelIndex selected = m_sidebar->selectedIndex();
    // Copies: the model may change while the dialog is open.
    if (const Course *course = model->courseAt(selected))
        renameCourse(*course);
    else if (const Lecture *lecture = model->lectureAt(selected))
        renameLecture(*lecture);
}

void LibraryActions::renameCourse(const Course &course)
{
    const QColor colour = CourseColours::displayColour(course);
    auto *dialog = new CourseDialog(CourseDialog::Purpose::Rename, course.name, colour, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, course, colour] {
        const QString name = dialog->name();
        // An untouched colour stays as stored, even if that is "let the UI choose".
        const QString newColour = dialog->colour() == colour ? course.colour : CourseColours::toStoredForm(dialog->colour());
        if (name == course.name && newColour == course.colour)
            return;
        m_undoStack->push(new EditCourseCommand(
            m_service, this, [this](const Error &error) { reportFailure(error); }, course, name, newColour));
    });
    dialog->open();
}

void LibraryActions::renameLecture(const Lecture &lecture)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"lectureTitleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Lecture"));
    dialog->setLabelText(tr("&Title:"));
    dialog->setTextValue(lecture.title);
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, lecture](const QString &text) {
        const QString title = text.trimmed();
        if (title.isEmpty() || title == lecture.title)
            return;
        m_undoStack->push(new RenameLectureCommand(
            m_service, this, [this](const Error &error) { reportFailure(error); }, lecture, title));
    });
    dialog->open();
}

void LibraryActions::deleteSelection()
{
    const LibraryTreeModel *model = m_sidebar->libraryModel();
    const QModelIndex selected = m_sidebar->selectedIndex();
    if (const Course *course = model->courseAt(selected)) {
        deleteCourse(*course, model->rowCount(selected));
    } else if (const Lecture *selectedLecture = model->lectureAt(selected)) {
        const Lecture lecture = *selectedLecture;
        m_undoStack->push(new DeleteLectureCommand(
            m_service, this, [this](const Error &error) { reportFailure(error); }, lecture));
        emit statusMessage(tr("Deleted the lecture “%1”. Undo with %2.")
                               .arg(lecture.title, m_undo->shortcut().toString(QKeySequence::NativeText)));
    }
}

void LibraryActions::archiveSelection()
{
    const Course *selected = m_sidebar->libraryModel()->courseAt(m_sidebar->selectedIndex());
    if (!selected)
        return;
    const Course course = *selected;
    const bool archive = !course.archived;
    m_undoStack->push(new ArchiveCourseCommand(
        m_service, this, [this](const Error &error) { reportFailure(error); }, course, archive));
    if (!archive)
        emit statusMessage(tr("“%1” is back among your courses.").arg(course.name));
    else if (m_showArchived->isChecked())
        emit statusMessage(tr("Archived the course “%1”.").arg(course.name));
    else
        emit statusMessage(tr("Archived the course “%1”. View › Show Archived Courses lists it again.").arg(course.name));
}

void LibraryActions::deleteCourse(const Course &course, int lectureCount)
{
    const auto remove = [this, course] {
        m_undoStack->push(new DeleteCourseCommand(
            m_service, this, [this](const Error &error) { reportFailure(error); }, course));
        emit statusMessage(tr("Deleted the course “%1”. Undo with %2.")
                               .arg(course.name, m_undo->shortcut().toString(QKeySequence::NativeText)));
    };
    // An empty course is quick to make again; one with lectures deserves a second thought, even
    // though Undo can bring it back.
    if (lectureCount == 0) {
        remove();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Course"),
                                tr("Delete the course “%1” and its %n lecture(s)?", nullptr, lectureCount).arg(course.name),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(u"deleteCourseConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The lectures are deleted with the course. Until you quit Lectern, Edit › Undo "
                               "brings both back."));
    QPushButton *confirm = box->addButton(tr("Delete Course"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDeleteButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [confirm, remove](QAbstractButton *clicked) {
        if (clicked == confirm)
            remove();
    });
    box->open();
}

void LibraryActions::reportFailure(const Error &error)
{
    qCWarning(lcLibraryModel) << "A library change failed:" << error.code << error.message;
    // The history assumed the write happened; undoing on top of a failed step would be a guess.
    m_undoStack->clear();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change Not Saved"),
                                tr("Lectern could not save this change to your library."), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(error.message);
    box->open();
}

} // namespace lectern
