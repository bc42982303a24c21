#pragma once

#include "export/ExportFormat.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QProgressDialog;
class QToolButton;

namespace lectern {

class LibrarySidebar;
class LibraryService;
class LibraryTreeModel;

// File › Export Lecture… and Export Course…: the selected lecture in one format, or every lecture
// of the selected course in every format. The library is read through LibraryService; files are
// written off the GUI thread (a lecture on the thread pool, a course on the service's worker, as
// CourseExporter reads and writes lecture by lecture). Fonts are thread-safe in Qt 6, so the PDF's
// QTextDocument and QPdfWriter are laid out there too. The result is a status-bar message with an
// "Open Folder" button.
class ExportController : public QObject
{
    Q_OBJECT

public:
    struct LectureTarget
    {
        QString path;
        ExportFormat format = ExportFormat::Markdown;
    };
    // Asks where to save a lecture; the default shows ExportLectureDialog. Tests answer it themselves.
    using LectureFileChooser = std::function<std::optional<LectureTarget>(
        QWidget *parent, const QString &folder, const QString &baseName, ExportFormat lastFormat)>;
    // Asks for the folder a course is exported into; empty: cancelled.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &folder)>;

    ExportController(LibraryService *service, LibraryTreeModel *model, LibrarySidebar *sidebar, QMainWindow *window);

    QAction *exportLectureAction() const { return m_exportLecture; }
    QAction *exportCourseAction() const { return m_exportCourse; }
    QToolButton *openFolderButton() const { return m_openFolder; }
    void setLectureFileChooser(LectureFileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    void exportLecture();
    void exportCourse();

signals:
    // An export ended; `folder` is where its files are (empty when it failed).
    void finished(bool ok, const QString &message, const QString &folder);

private:
    void updateActions();
    void report(bool ok, const QString &message, const QString &folder);
    QString lastFolder() const;
    void rememberFolder(const QString &folder);

    QPointer<LibraryService> m_service;
    LibraryTreeModel *m_model;
    LibrarySidebar *m_sidebar;
    QMainWindow *m_window;
    QAction *m_exportLecture;
    QAction *m_exportCourse;
    QToolButton *m_openFolder;
    QString m_openFolderPath;
    QString m_reportedMessage;
    QPointer<QProgressDialog> m_progress;
    LectureFileChooser m_chooseFile;
    FolderChooser m_chooseFolder;
};

} // namespace lectern
