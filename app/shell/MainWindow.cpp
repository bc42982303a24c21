#include "shell/MainWindow.h"

#include "ai/StudyChat.h"
#include "base/Settings.h"
#include "cards/CardBrowserActions.h"
#include "jobs/AudioDropTarget.h"
#include "jobs/JobsPanel.h"
#include "jobs/LectureJobs.h"
#include "lecture/LectureView.h"
#include "lecture/NotesEditor.h"
#include "export/ExportController.h"
#include "lecture/PlaybackController.h"
#include "library/CourseDetailsPage.h"
#include "library/LectureDetailsPage.h"
#include "library/LectureStates.h"
#include "library/LibraryActions.h"
#include "library/LibraryService.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "recording/RecordingController.h"
#include "progress/ProgressFeature.h"
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
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
constexpr int kDefaultSidebarWidth = 280;
constexpr int kStatusMessageTimeoutMs = 8000;

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
                           m_libraryActions->deleteAction()});

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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_libraryActions->newCourseAction());
    QAction *importAction = file->addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Recordings…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import Recordings"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
            tr("Recordings (*.wav *.mp3 *.ogg *.opus *.oga *.flac *.m4a *.aac *.webm);;All files (*)"));
        if (!paths.isEmpty())
            importRecordings(paths);
    });
    importAction->setObjectName(u"importRecordingsAction"_s);
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    importAction->setToolTip(tr("Import recordings into the selected course and transcribe them (or drop them onto the window)"));
    file->addAction(m_recording->recordAction());
    file->addSeparator();
    m_quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(m_libraryActions->undoAction());
    edit->addAction(m_libraryActions->redoAction());
    edit->addSeparator();
    edit->addAction(m_libraryActions->renameAction());
    edit->addAction(m_libraryActions->deleteAction());
    edit->addSeparator();
    edit->addAction(m_search);
    edit->addSeparator();
    m_settings = edit->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), this,
                                 &MainWindow::showSettingsDialog);
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_welcomePage->setFirstStepActions(importAction, m_settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *toggleSidebar = m_sidebarDock->toggleViewAction();
    toggleSidebar->setObjectName(u"toggleSidebarAction"_s);
    toggleSidebar->setText(tr("Show &Sidebar"));
    toggleSidebar->setShortcut(Qt::Key_F9);
    view->addAction(toggleSidebar);
    QAction *toggleJobs = m_jobsDock->toggleViewAction();
    toggleJobs->setObjectName(u"toggleJobsAction"_s);
    toggleJobs->setText(tr("Show &Jobs"));
    view->addAction(toggleJobs);

    m_studyMenu = menuBar()->addMenu(tr("&Study"));
    m_studyMenu->setObjectName(u"studyMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    m_about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Lectern"), this,
                              &MainWindow::showAboutDialog);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::loadGroqKey()
{
    // Groq is reached as the settings say (GROQ_BASE_URL and the key in the environment or keychain).
    // The keychain's key is loaded now, so a client never waits for it; one saved later in Settings
    // reaches the same provider at once.
    if (EnvironmentApiKeyProvider().apiKey().isEmpty()) {
        auto *keyStore = new GroqKeyStore(this);
        keyStore->load();
        m_storedGroqKey = keyStore->apiKeyProvider();
    }
}

GroqClient *MainWindow::makeGroqClient(QObject *parent) const
{
    return StudyChat::clientFromSettings(parent, m_storedGroqKey);
}

void MainWindow::createJobsDock(LibraryService *service)
{
    m_jobs = new LectureJobs(
        *service, [this](QObject *parent) { return makeGroqClient(parent); }, this);
    m_jobsPanel = new JobsPanel(m_jobs, this);
    // Each lecture's transcript state, in its sidebar row and on its page.
    auto *lectureStates = new LectureStates(service, m_jobs, this);
    m_model->setLectureStates(lectureStates);
    m_lecturePage->setLectureStates(lectureStates);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(u"jobsDock"_s);
    m_jobsDock->setWidget(m_jobsPanel);
    m_jobsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    // A new job shows the panel, so a drop never seems to do nothing.
    connect(m_jobsPanel, &JobsPanel::jobAdded, m_jobsDock, &QWidget::show);
    new AudioDropTarget(this, [this](const QStringList &paths) { importRecordings(paths); });
    m_recording = new RecordingController(*service, m_model, m_sidebar, m_jobs, this);
    connect(m_recording, &RecordingController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageTimeoutMs); });
}

void MainWindow::createSearch(LibraryService *service)
{
    m_searchPalette = new SearchPalette(service, this);
    m_search = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("&Search Lectures…"), this);
    m_search->setObjectName(u"searchAction"_s);
    m_search->setShortcut(Qt::CTRL | Qt::Key_K);
    m_search->setToolTip(tr("Search every transcript and your notes, or ask a question (Ctrl+K)"));
    connect(m_search, &QAction::triggered, m_searchPalette, &SearchPalette::open);
    connect(m_searchPalette, &SearchPalette::hitActivated, this, &MainWindow::openSearchHit);

    m_askPage = new AskPage(service, [this](QObject *parent) { return makeGroqClient(parent); }, m_pages);
    m_pages->addWidget(m_askPage);
    connect(m_searchPalette, &SearchPalette::askRequested, this, [this](const QString &question) {
        showStandalonePage(m_askPage);
        m_askPage->ask(question);
    });
    connect(m_askPage, &AskPage::citationActivated, this, &MainWindow::openLectureAt);
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (!openLectureAt(hit.lectureId, hit.startMs))
        return;
    // A match in the notes shows the notes; the recording is still cued to the start.
    if (hit.kind == SearchHit::Kind::Note) {
        LectureView *view = m_lecturePage->lectureView();
        view->player()->pause();
        view->tabs()->setCurrentWidget(view->notesEditor());
    }
}

void MainWindow::importRecordings(const QStringList &paths)
{
    const QModelIndex selected = m_sidebar->selectedIndex();
    // With nothing (or "Not in a course") selected, the lectures are not filed under a course.
    QString courseId;
    if (m_model->courseAt(selected))
        courseId = selected.data(LibraryTreeModel::IdRole).toString();
    else if (m_model->lectureAt(selected))
        courseId = selected.data(LibraryTreeModel::CourseIdRole).toString();
    m_jobs->importFiles(paths, courseId);
    statusBar()->showMessage(tr("Importing %n recording(s)…", nullptr, int(paths.size())), kStatusMessageTimeoutMs);
}

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
}

void MainWindow::saveWindowSettings() const
{
    Settings settings;
    settings.setValue(Setting::WindowGeometry, saveGeometry());
    settings.setValue(Setting::WindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

} // namespace lectern
