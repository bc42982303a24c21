#include "export/ExportController.h"

#include "export/CourseExporter.h"
#include "export/ExportLectureDialog.h"
#include "export/LectureDocument.h"
#include "export/LectureExporter.h"
#include "library/LibraryService.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcExport, "lectern.app.export")

namespace lectern {

namespace {
const QString kFolderKey = u"export/lastFolder"_s;
const QString kFormatKey = u"export/lastFormat"_s;
constexpr int kMessageTimeoutMs = 15000;
} // namespace

ExportController::ExportController(LibraryService *service, LibraryTreeModel *model, LibrarySidebar *sidebar,
                                   QMainWindow *window)
    : QObject(window)
    , m_service(service)
    , m_model(model)
    , m_sidebar(sidebar)
    , m_window(window)
    , m_exportLecture(new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Lecture…"), this))
    , m_exportCourse(new QAction(tr("Export &Course…"), this))
    , m_openFolder(new QToolButton(window))
{
    m_exportLecture->setObjectName(u"exportLectureAction"_s);
    m_exportLecture->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportLecture->setToolTip(tr("Save the selected lecture as Markdown, text, subtitles, PDF or an Anki deck"));
    m_exportCourse->setObjectName(u"exportCourseAction"_s);
    m_exportCourse->setToolTip(tr("Save every lecture of the selected course in every format, into one folder"));
    connect(m_exportLecture, &QAction::triggered, this, &ExportController::exportLecture);
    connect(m_exportCourse, &QAction::triggered, this, &ExportController::exportCourse);
    connect(sidebar, &LibrarySidebar::selectedIndexChanged, this, &ExportController::updateActions);
    updateActions();

    m_openFolder->setObjectName(u"openExportFolderButton"_s);
    m_openFolder->setText(tr("Open Folder"));
    m_openFolder->setAutoRaise(true);
    m_openFolder->hide();
    window->statusBar()->addPermanentWidget(m_openFolder);
    connect(m_openFolder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_openFolderPath)); });
    // The button belongs to the export's message; another message replaces both.
    connect(window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_reportedMessage)
            m_openFolder->hide();
    });

    m_chooseFile = [](QWidget *parent, const QString &folder, const QString &baseName,
                      ExportFormat lastFormat) -> std::optional<LectureTarget> {
        ExportLectureDialog dialog(parent, folder, baseName, lastFormat);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return std::nullopt;
        return LectureTarget{dialog.selectedFiles().constFirst(), dialog.format()};
    };
    m_chooseFolder = [](QWidget *parent, const QString &folder) {
        return QFileDialog::getExistingDirectory(parent, tr("Export Course Into"), folder);
    };
}

void ExportController::updateActions()
{
    const QModelIndex selected = m_sidebar->selectedIndex();
    const bool lecture = m_model->lectureAt(selected) != nullptr;
    m_exportLecture->setEnabled(lecture);
    m_exportCourse->setEnabled(
        m_model->courseAt(selected) != nullptr
        || (lecture && !selected.data(LibraryTreeModel::CourseIdRole).toString().isEmpty()));
}

QString ExportController::lastFolder() const
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportController::rememberFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, folder);
}

void ExportController::report(bool ok, const QString &message, const QString &folder)
{
    if (!ok)
        qCWarning(lcExport) << message;
    m_reportedMessage = message;
    m_window->statusBar()->showMessage(message, kMessageTimeoutMs);
    m_openFolderPath = folder;
    m_openFolder->setVisible(ok && !folder.isEmpty());
    emit finished(ok, message, folder);
}

void ExportController::exportLecture()
{
    const Lecture *lecture = m_model->lectureAt(m_sidebar->selectedIndex());
    if (!lecture || !m_service)
        return;
    const QString lectureId = lecture->id;
    const QString title = lecture->title.isEmpty() ? tr("Untitled lecture") : lecture->title;
    const auto lastFormat = exportFormatFromName(QSettings().value(kFormatKey).toString());
    const std::optional<LectureTarget> target = m_chooseFile(
        m_window, lastFolder(), CourseExporter::safeFileName(title), lastFormat.value_or(ExportFormat::Markdown));
    if (!target || target->path.isEmpty())
        return;
    const QString folder = QFileInfo(target->path).absolutePath();
    rememberFolder(folder);
    QSettings().setValue(kFormatKey, exportFormatName(target->format));
    m_window->statusBar()->showMessage(tr("Exporting “%1”…").arg(title));

    m_service->submit([lectureId](LibraryStore &store) { return LectureDocument::load(store, lectureId); })
        .then(this, [this, target = *target, title, folder](Result<LectureDocument> document) {
            if (!document) {
                report(false, tr("Could not export “%1”: %2").arg(title, document.error().message), {});
                return;
            }
            QtConcurrent::run([document = std::move(document).value(), target] {
                return LectureExporter::writeFile(document, target.format, target.path);
            }).then(this, [this, target, title, folder](const Status &written) {
                if (!written)
                    report(false, tr("Could not export “%1”: %2").arg(title, written.error().message), {});
                else
                    report(true, tr("Exported “%1” to %2").arg(title, QDir::toNativeSeparators(target.path)), folder);
            });
        });
}

void ExportController::exportCourse()
{
    const QModelIndex selected = m_sidebar->selectedIndex();
    const QString courseId = m_model->courseAt(selected) ? selected.data(LibraryTreeModel::IdRole).toString()
                                                         : selected.data(LibraryTreeModel::CourseIdRole).toString();
    const Course *course = m_model->courseAt(m_model->indexOfCourse(courseId));
    if (!course || !m_service)
        return;
    const QString name = course->name;
    const QString folder = m_chooseFolder(m_window, lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);

    auto *progress = new QProgressDialog(tr("Exporting “%1”…").arg(name), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(u"exportCourseProgress"_s);
    progress->setWindowTitle(tr("Export Course"));
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });

    // The export runs on the service's worker; progress comes back to this thread by queued call.
    QPointer<ExportController> self(this);
    const CourseExporter::Progress onProgress = [self, cancelled](int done, int total) {
        if (self)
            QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self && self->m_progress) {
                    self->m_progress->setMaximum(total);
                    self->m_progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_service
        ->submit([courseId, folder, onProgress](LibraryStore &store) {
            return CourseExporter::exportCourse(store, courseId, allExportFormats(), folder, onProgress);
        })
        .then(this, [this, name, folder](const Result<CourseExportReport> &exported) {
            if (m_progress)
                m_progress->close();
            if (!exported) {
                report(false, tr("Could not export “%1”: %2").arg(name, exported.error().message), {});
                return;
            }
            QString message = tr("Exported “%1” (%n file(s)) to %2", nullptr, int(exported->writtenFiles.size()))
                                  .arg(name, QDir::toNativeSeparators(folder));
            if (!exported->skipped.isEmpty())
                message += u" "_s + tr("Left out: %1").arg(exported->skipped.join(u"; "_s));
            report(true, message, folder);
        });
}

} // namespace lectern
