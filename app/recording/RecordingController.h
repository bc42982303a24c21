#pragma once

#include "base/Result.h"
#include "library/Entities.h"
#include "recording/RecordingFile.h"
#include "recording/RecordingRecovery.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QMessageBox;
class QWidget;


namespace lectern {

class ApiKeyProvider;
class GroqClient;
class LectureJobs;
class LiveTranscript;
class LibraryService;
class LibrarySidebar;
class LibraryTreeModel;
class RecordingImport;
class RecordingInputs;
class RecordingPanel;

// Recording in the window: the Record action (Ctrl+Shift+R) opens the recording panel in a window
// of its own for the course selected in the sidebar; a stopped recording becomes a lecture in that
// course and is transcribed like an imported one. At start-up it offers to recover recordings an
// earlier run left unfinished.
class RecordingController : public QObject
{
    Q_OBJECT

public:
    // Everything passed must outlive the controller; `window` is the parent of its dialogs.
    RecordingController(LibraryService &service, LibraryTreeModel *model, LibrarySidebar *sidebar, LectureJobs *jobs,
                        QWidget *window);
    ~RecordingController() override;

    QAction *recordAction() const { return m_recordAction; }
    // Where recordings are written while they are made: the library's recordings/ folder.
    QString folder() const { return m_folder; }
    // Replaces the microphones (tests record from a file). Only while nothing records.
    void setInputs(std::unique_ptr<RecordingInputs> inputs);
    // Opens the recording window, creating it the first time.
    RecordingPanel *showPanel();
    RecordingPanel *panel() const { return m_panel; }
    QDialog *panelWindow() const { return m_dialog; }
    // The question about the unfinished recording shown now, if any.
    QMessageBox *recoveryPrompt() const;
    // Looks for unfinished recordings and asks about each in turn.
    void checkForUnfinishedRecordings();

signals:
    void lectureRecorded(const lectern::Lecture &lecture);
    void statusMessage(const QString &message);

private:
    void askAboutNext();
    void onImported(const RecordingFile &recording, const Result<Lecture> &lecture);
    QString currentCourse() const;
    void prepareGroqClient();
    // The rough transcript while recording, when a Groq key is set.
    LiveTranscript *makeLiveTranscript(const RecordingDetails &details, QObject *parent);

    LibraryService &m_service;
    LibraryTreeModel *m_model;
    LibrarySidebar *m_sidebar;
    QPointer<LectureJobs> m_jobs;
    QWidget *m_window;
    QString m_folder;
    std::unique_ptr<RecordingInputs> m_inputs;
    RecordingImport *m_import;
    QAction *m_recordAction;
    QDialog *m_dialog = nullptr;
    RecordingPanel *m_panel = nullptr;
    QList<UnfinishedRecording> m_unfinished;
    QPointer<QMessageBox> m_prompt;
    // Made when the recording window first opens, so a window that never records never asks the keychain.
    GroqClient *m_groq = nullptr;
    std::shared_ptr<const ApiKeyProvider> m_keys;
    // The lecture the last recording became, until its full transcript is in.
    QString m_recordedLecture;
};

} // namespace lectern
