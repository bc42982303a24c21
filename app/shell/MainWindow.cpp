#include "shell/MainWindow.h"

#include "ai/StudyChat.h"
#include "base/Settings.h"
#include "cards/CardBrowserActions.h"
#include "export/ExportController.h"
#include "groups/GroupsFeature.h"
#include "jobs/AudioDropTarget.h"
#include "jobs/JobsPanel.h"
#include "jobs/LectureJobs.h"
#include "lecture/LectureView.h"
#include "library/CourseDetailsPage.h"
#include "library/LectureDetailsPage.h"
#include "library/LectureStates.h"
#include "library/LibraryActions.h"
#include "library/LibraryService.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "progress/ProgressFeature.h"
#include "recording/RecordingController.h"
#include "search/AskPage.h"
#include "search/SearchPalette.h"
#include "secrets/GroqKeyStore.h"
#include "settings/SettingsDialog.h"
#include "shell/AboutDialog.h"
#include "shell/WelcomePage.h"
#include "study/CourseQuizFeature.h"
#include "study/ReviewFeature.h"
#include "sync/AppSync.h"
#include "sync/SyncStatusLabel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
constexpr int kDefaultSidebarWidth = 280;

QWidget *makeCentredMessagePage(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(objectName);
    auto *label = new QLabel(text, page);
    label->setObjectName(objectName + u"Message"_s);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(label);
    return page;
}
} // namespace

MainWindow::MainWindow(LibraryService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new LibraryTreeModel(service, this))
    , m_sidebar(new LibrarySidebar(m_model, this))
    , m_sidebarDock(new QDockWidget(tr("Courses"), this))
    , m_libraryActions(new LibraryActions(service, m_sidebar, this))
    , m_pages(new QStackedWidget(this))
    , m_loadingPage(new QWidget(m_pages))
    , m_loadFailedPage(makeCentredMessagePage(u"loadFailedPage"_s, QString(), m_pages))
    , m_loadFailedMessage(m_loadFailedPage->findChild<QLabel *>())
    , m_welcomePage(new WelcomePage(m_libraryActions->newCourseAction(), m_pages))
    , m_nothingSelectedPage(makeCentredMessagePage(
          u"nothingSelectedPage"_s, tr("Select a course or a lecture in the sidebar to see its details."), m_pages))
    , m_coursePage(new CourseDetailsPage(m_pages))
    , m_lecturePage(new LectureDetailsPage(service, m_pages))
    , m_libraryLocation(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Lectern"));

    // A dock rather than a splitter so that its width and visibility are part of saveState().
    m_sidebarDock->setObjectName(u"sidebarDock"_s);
    // Closable only so that View › Show Sidebar can hide it; there is no title bar with a close button.
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_sidebarDock->setAllowedAreas(Qt::LeftDockWidgetArea);
    m_sidebarDock->setTitleBarWidget(new QWidget(m_sidebarDock));
    m_sidebarDock->setWidget(m_sidebar);
    m_sidebar->setMinimumWidth(180);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);
    m_sidebar->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_sidebar->addActions({m_libraryActions->newCourseAction(), m_libraryActions->renameAction(),
                           m_libraryActions->archiveAction(), m_libraryActions->deleteAction()});

    m_loadingPage->setObjectName(u"loadingPage"_s);
    // Unlike the other message pages, this one is not a hint but a problem: normal text colour.
    m_loadFailedMessage->setForegroundRole(QPalette::WindowText);
    m_loadFailedMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget *page : {m_loadingPage, m_loadFailedPage, static_cast<QWidget *>(m_welcomePage), m_nothingSelectedPage,
                          static_cast<QWidget *>(m_coursePage), static_cast<QWidget *>(m_lecturePage)})
        m_pages->addWidget(page);
    m_pages->setAccessibleName(tr("Details"));
    setCentralWidget(m_pages);

    m_libraryLocation->setObjectName(u"libraryLocationLabel"_s);
    const QString location = QDir::toNativeSeparators(service->dataDirectory());
    m_libraryLocation->setText(tr("Library: %1").arg(location));
    m_libraryLocation->setToolTip(tr("Your courses and lectures are stored in %1").arg(location));
    m_libraryLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_libraryLocation);
    // Device sync: its state beside the library's location; the account is set up in Settings.
    m_sync = app_sync::createClient(service, this);
    statusBar()->addPermanentWidget(new SyncStatusLabel(m_sync, this));

    loadGroqKey();
    createJobsDock(service);
    createSearch(service);
    createMenus();
    // File › Export Lecture… and Export Course…, above Quit.
    auto *exporter = new ExportController(service, m_model, m_sidebar, this);
    if (auto *fileMenu = menuBar()->findChild<QMenu *>(u"fileMenu"_s)) {
        fileMenu->insertActions(m_quit, {exporter->exportLectureAction(), exporter->exportCourseAction()});
        fileMenu->insertSeparator(m_quit);
    }
    // Study › Browse Cards and New Card…, in the selected course.
    const auto selectedCourseId = [this] {
        const QModelIndex selected = m_sidebar->selectedIndex();
        if (m_model->courseAt(selected))
            return selected.data(LibraryTreeModel::IdRole).toString();
        return m_model->lectureAt(selected) ? selected.data(LibraryTreeModel::CourseIdRole).toString() : QString();
    };
    m_cardActions = new CardBrowserActions(service, m_libraryActions->undoStack(), this, selectedCourseId);
    // Study › Progress, achievements and the daily reminder.
    new ProgressFeature(*service, this);
    // Study › Review Due Cards: the review page in the central area; a card's moment plays here.
    auto *review = new ReviewFeature(*service, m_studyMenu, [this](QWidget *page) { showStandalonePage(page); }, this);
    connect(review, &ReviewFeature::showInLectureRequested, this, &MainWindow::openLectureAt);
    // Study › Quiz This Course (and the course page's button): every lecture's quiz questions at once.
    auto *courseQuiz = new CourseQuizFeature(*service, m_studyMenu, selectedCourseId,
                                             [this](QWidget *page) { showStandalonePage(page); }, this);
    connect(m_coursePage, &CourseDetailsPage::quizRequested, courseQuiz, &CourseQuizFeature::quizCourse);
    // Groups › Show Groups: study groups and their chat, signed in with the sync account.
    m_groups = new GroupsFeature(this, m_sync, app_sync::tokenStore());

    // Choosing in the sidebar (even the row already selected) leaves a standalone page.
    // The selection model also reports a selection that only moved (rows inserted above it).
    connect(m_sidebar, &LibrarySidebar::selectedIndexChanged, this, [this](const QModelIndex &index) {
        const QString id = index.data(LibraryTreeModel::IdRole).toString();
        if (std::exchange(m_selectedId, id) != id || !index.isValid())
            leaveStandalonePage();
        else
            updateCentralArea();
    });
    connect(m_sidebar, &QAbstractItemView::clicked, this, &MainWindow::leaveStandalonePage);
    connect(m_model, &LibraryTreeModel::loaded, this, &MainWindow::restoreLastLecture);
    connect(m_model, &LibraryTreeModel::loaded, this, &MainWindow::updateCentralArea);
    connect(m_model, &LibraryTreeModel::courseCountChanged, this, &MainWindow::updateCentralArea);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCentralArea);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCentralArea);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCentralArea);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty())
            selectCourseWhenListed(m_pendingSelection);
    });
    connect(m_model, &LibraryTreeModel::loadFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Could not read the library: %1").arg(error.message));
        updateCentralArea();
    });
    connect(m_libraryActions, &LibraryActions::courseCreated, this, &MainWindow::selectCourseWhenListed);
    connect(m_libraryActions, &LibraryActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageTimeoutMs); });

    restoreWindowSettings();
    updateCentralArea();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::toggleSidebarAction() const
{
    return m_sidebarDock->toggleViewAction();
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_loadFailedPage)
        return Page::LoadFailed;
    if (page == m_welcomePage)
        return Page::Welcome;
    if (page == m_nothingSelectedPage)
        return Page::NothingSelected;
    if (page == m_coursePage)
        return Page::Course;
    if (page == m_lecturePage)
        return Page::Lecture;
    if (page && page == m_standalonePage)
        return Page::Standalone;
    return Page::Loading;
}

void MainWindow::showStandalonePage(QWidget *page)
{
    Q_ASSERT(page);
    if (m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    m_standalonePage = page;
    m_pages->setCurrentWidget(page);
}

void MainWindow::leaveStandalonePage()
{
    m_standalonePage = nullptr;
    updateCentralArea();
}

bool MainWindow::openLectureAt(const QString &lectureId, qint64 positionMs)
{
    const QModelIndex index = m_model->indexOfLecture(lectureId);
    if (!index.isValid()) {
        statusBar()->showMessage(tr("That lecture is no longer in your library."), kStatusMessageTimeoutMs);
        return false;
    }
    m_sidebar->selectIndex(index);
    // Selecting the row already selected changes nothing, so leave a standalone page explicitly.
    leaveStandalonePage();
    m_lecturePage->lectureView()->playFrom(positionMs);
    return true;
}

void MainWindow::updateCentralArea()
{
    // Library changes (a background import, a renamed course) must not pull the student out of
    // a review or the card browser; only their own choice in the sidebar does.
    if (m_standalonePage) {
        m_pages->setCurrentWidget(m_standalonePage);
        return;
    }
    const QModelIndex selected = m_sidebar->selectedIndex();
    if (const Lecture *lecture = m_model->lectureAt(selected)) {
        const Course *course = m_model->courseAt(selected.parent());
        m_lecturePage->showLecture(*lecture, course ? course->name : QString());
        m_pages->setCurrentWidget(m_lecturePage);
    } else if (const Course *course = m_model->courseAt(selected)) {
        m_coursePage->showCourse(*course, m_model->lecturesAt(selected));
        m_pages->setCurrentWidget(m_coursePage);
    } else if (!m_model->isLoaded()) {
        // Blank rather than the welcome page, which would flash up in a library full of courses.
        m_pages->setCurrentWidget(m_loadingPage);
    } else if (const Error *error = m_model->loadError(); error && m_model->courseCount() == 0) {
        // Not the welcome page: inviting the student to start over would hide that their
        // courses exist but could not be read.
        m_loadFailedMessage->setText(tr("Lectern could not read the courses in your library.") + u"\n\n"_s
                                     + error->message);
        m_pages->setCurrentWidget(m_loadFailedPage);
    } else if (m_model->courseCount() == 0) {
        m_pages->setCurrentWidget(m_welcomePage);
    } else {
        m_pages->setCurrentWidget(m_nothingSelectedPage);
    }
}

void MainWindow::selectCourseWhenListed(const QString &courseId)
{
    const QModelIndex index = m_model->indexOfCourse(courseId);
    if (!index.isValid()) {
        m_pendingSelection = courseId;
        return;
    }
    m_pendingSelection.clear();
    m_sidebar->selectIndex(index);
    m_sidebar->setFocus();
}

void MainWindow::restoreLastLecture()
{
    // Only the first load, and only when the student has not chosen something meanwhile.
    const QString lectureId = std::exchange(m_lastLecture, QString());
    if (lectureId.isEmpty() || m_sidebar->selectedIndex().isValid())
        return;
    const QModelIndex index = m_model->indexOfLecture(lectureId);
    if (index.isValid())
        m_sidebar->selectIndex(index);
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettingsDialog()
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(this, m_sync);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog saves or forgets the key through a store of its own, which shares the key in
    // memory with the window's but not its signals.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_storedGroqKey)
            m_welcomePage->setGroqKeySaved(!m_storedGroqKey->apiKey().isEmpty());
    });
    dialog->open();
}

void MainWindow::restoreWindowSettings()
{
    const Settings settings;
    const bool restored = restoreGeometry(settings.value(Setting::WindowGeometry));
    if (!restored) {
        // First start: most of a laptop screen, not all of it.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(QSize(1100, 720).boundedTo(available * 0.9));
    }
    if (!restoreState(settings.value(Setting::WindowState)))
        resizeDocks({m_sidebarDock}, {kDefaultSidebarWidth}, Qt::Horizontal);
    m_lastLecture = settings.value(Setting::LastLecture);
    if (m_model->isLoaded())
        restoreLastLecture();
}

void MainWindow::saveWindowSettings() const
{
    Settings settings;
    settings.setValue(Setting::WindowGeometry, saveGeometry());
    settings.setValue(Setting::WindowState, saveState());
    // The lecture open now, even when a standalone page (a review) is in front of it.
    const QModelIndex selected = m_sidebar->selectedIndex();
    // Closed before the library loaded: the lecture still waiting to be reopened.
    settings.setValue(Setting::LastLecture, m_model->lectureAt(selected)
                                                ? selected.data(LibraryTreeModel::IdRole).toString()
                                                : m_lastLecture);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

} // namespace lectern
