// The window's menus, and what they reach that lives beside the library views: background jobs,
// recording, search and Ask, and the Groq client they share.
#include "shell/MainWindow.h"

#include "ai/StudyChat.h"
#include "jobs/AudioDropTarget.h"
#include "jobs/JobsPanel.h"
#include "jobs/LectureJobs.h"
#include "lecture/LectureView.h"
#include "lecture/NotesEditor.h"
#include "lecture/PlaybackController.h"
#include "library/LectureDetailsPage.h"
#include "library/LectureStates.h"
#include "library/LibraryActions.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "recording/RecordingController.h"
#include "search/AskPage.h"
#include "search/SearchPalette.h"
#include "secrets/GroqKeyStore.h"
#include "library/CourseColours.h"
#include "shell/SampleLecture.h"
#include "shell/WelcomePage.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

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
    edit->addAction(m_libraryActions->archiveAction());
    edit->addSeparator();
    edit->addAction(m_search);
    edit->addSeparator();
    m_settings = edit->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), this,
                                 &MainWindow::showSettingsDialog);
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    auto *trySample = new QAction(QIcon::fromTheme(u"media-playback-start"_s), tr("Try a &Sample Lecture"), this);
    trySample->setObjectName(u"trySampleLectureAction"_s);
    trySample->setToolTip(tr("Import a one-minute spoken lecture into a new “Sample Course” and transcribe it"));
    connect(trySample, &QAction::triggered, this, [this] {
        m_sampleLecture->start(CourseColours::toStoredForm(CourseColours::suggestNext(m_model->courseColours())));
    });
    m_welcomePage->setFirstStepActions(importAction, m_settings, trySample);

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
    view->addSeparator();
    view->addAction(m_libraryActions->showArchivedAction());

    m_studyMenu = menuBar()->addMenu(tr("&Study"));
    m_studyMenu->setObjectName(u"studyMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(trySample);
    help->addSeparator();
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
    if (!EnvironmentApiKeyProvider().apiKey().isEmpty()) {
        m_welcomePage->setGroqKeySaved(true);
        return;
    }
    auto *keyStore = new GroqKeyStore(this);
    const auto showWhetherSaved = [this, keyStore] { m_welcomePage->setGroqKeySaved(!keyStore->key().isEmpty()); };
    connect(keyStore, &GroqKeyStore::loaded, this, showWhetherSaved);
    connect(keyStore, &GroqKeyStore::saved, this, showWhetherSaved);
    connect(keyStore, &GroqKeyStore::forgotten, this, showWhetherSaved);
    keyStore->load();
    m_storedGroqKey = keyStore->apiKeyProvider();
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

    m_sampleLecture = new SampleLecture(service, m_jobs, this);
    connect(m_sampleLecture, &SampleLecture::courseCreated, this, &MainWindow::selectCourseWhenListed);
    connect(m_sampleLecture, &SampleLecture::failed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sample Not Imported"),
                                    tr("Lectern could not import the sample lecture."), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(message);
        box->open();
    });
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
    // Key names as the student's keyboard labels them ("Strg+K" in German).
    m_search->setToolTip(tr("Search every transcript and your notes, or ask a question (%1)")
                             .arg(m_search->shortcut().toString(QKeySequence::NativeText)));
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

} // namespace lectern
