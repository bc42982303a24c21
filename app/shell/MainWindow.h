#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace lectern {

class CardBrowserActions;
class CourseDetailsPage;
class JobsPanel;
class ApiKeyProvider;
class AskPage;
class GroqClient;
class GroupsFeature;
class LectureDetailsPage;
class LectureJobs;
class LibraryActions;
class LibraryService;
class LibrarySidebar;
class LibraryTreeModel;
class RecordingController;
class SearchPalette;
struct SearchHit;
class SyncClient;
class SampleLecture;
class WelcomePage;

// Lectern's window: the course and lecture sidebar on the left, the selected item (or, in a new
// library, the welcome page) in the middle, the library's location in the status bar.
//
// `service` must be open, and must be destroyed before the window: it finishes queued work when
// it goes, and that work's answers are addressed to the window's objects.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Loading,
        // The library could not be read, so there is nothing to show.
        LoadFailed,
        Welcome,
        NothingSelected,
        Course,
        Lecture,
        // A page shown on its own rather than for the sidebar's selection (see showStandalonePage()).
        Standalone,
    };
    Q_ENUM(Page)

    explicit MainWindow(LibraryService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    LibraryTreeModel *libraryModel() const { return m_model; }
    LibrarySidebar *sidebar() const { return m_sidebar; }
    LibraryActions *libraryActions() const { return m_libraryActions; }
    WelcomePage *welcomePage() const { return m_welcomePage; }
    CourseDetailsPage *courseDetailsPage() const { return m_coursePage; }
    LectureDetailsPage *lectureDetailsPage() const { return m_lecturePage; }
    QAction *toggleSidebarAction() const;
    // Imports and transcriptions running in the background, and the panel that shows them.
    LectureJobs *lectureJobs() const { return m_jobs; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    // Recording lectures (File › Record Lecture…) and recovering interrupted recordings.
    RecordingController *recording() const { return m_recording; }
    // Imports recordings into the selected course (or its lecture's course), then transcribes them.
    void importRecordings(const QStringList &paths);
    // The Study menu, where review, the card browser and progress put their actions.
    QMenu *studyMenu() const { return m_studyMenu; }
    // Shows `page` in the central area instead of the selected course or lecture, until the
    // student picks something in the sidebar. The window takes ownership of the page the first
    // time it is shown; later calls just bring it back.
    void showStandalonePage(QWidget *page);
    QWidget *standalonePage() const { return m_standalonePage; }
    // Opens a lecture at a moment: selects it, shows its transcript and plays from `positionMs`.
    // Returns false (and says so in the status bar) when the lecture is not in the library.
    bool openLectureAt(const QString &lectureId, qint64 positionMs);
    // Ctrl+K: the search over every lecture, and the page answering questions from them.
    QAction *searchAction() const { return m_search; }
    SearchPalette *searchPalette() const { return m_searchPalette; }
    AskPage *askPage() const { return m_askPage; }
    // A Groq client as the settings configure it (base URL, the key from the environment or the
    // keychain), owned by `parent`.
    GroqClient *makeGroqClient(QObject *parent) const;
    // Study › Browse Cards and New Card….
    CardBrowserActions *cardActions() const { return m_cardActions; }
    QAction *aboutAction() const { return m_about; }
    QAction *settingsAction() const { return m_settings; }
    // Device sync, whose account study groups use as well.
    SyncClient *syncClient() const { return m_sync; }
    // Groups › Show Groups and the Groups page.
    GroupsFeature *groupsFeature() const { return m_groups; }

public slots:
    void showAboutDialog();
    void showSettingsDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static constexpr int kStatusMessageTimeoutMs = 8000;

    // MainWindowMenus.cpp
    void createMenus();
    void restoreWindowSettings();
    void saveWindowSettings() const;
    void updateCentralArea();
    void leaveStandalonePage();
    void selectCourseWhenListed(const QString &courseId);
    void restoreLastLecture();

    LibraryTreeModel *m_model;
    LibrarySidebar *m_sidebar;
    QDockWidget *m_sidebarDock;
    LibraryActions *m_libraryActions;
    QStackedWidget *m_pages;
    QWidget *m_loadingPage;
    QWidget *m_loadFailedPage;
    QLabel *m_loadFailedMessage;
    WelcomePage *m_welcomePage;
    QWidget *m_nothingSelectedPage;
    CourseDetailsPage *m_coursePage;
    LectureDetailsPage *m_lecturePage;
    QLabel *m_libraryLocation;
    SyncClient *m_sync = nullptr;
    GroupsFeature *m_groups = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_aboutQt = nullptr;
    CardBrowserActions *m_cardActions = nullptr;
    QMenu *m_studyMenu = nullptr;
    QAction *m_search = nullptr;
    SearchPalette *m_searchPalette = nullptr;
    AskPage *m_askPage = nullptr;
    // The keychain's Groq key, loaded when the window opens; empty when GROQ_API_KEY is set.
    std::shared_ptr<const ApiKeyProvider> m_storedGroqKey;
    // Shown instead of the selection until the sidebar's selection changes; null when none is.
    QWidget *m_standalonePage = nullptr;
    // The id of the course or lecture selected in the sidebar.
    QString m_selectedId;
    // A course just created here, selected as soon as the sidebar lists it.
    QString m_pendingSelection;
    // The lecture open when the window last closed, reopened once the library has loaded.
    QString m_lastLecture;
    LectureJobs *m_jobs = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    RecordingController *m_recording = nullptr;
    SampleLecture *m_sampleLecture = nullptr;
    void loadGroqKey();
    void createJobsDock(LibraryService *service);
    void createSearch(LibraryService *service);
    void openSearchHit(const SearchHit &hit);
};

} // namespace lectern
