#include "recording/RecordingController.h"

#include "ai/ApiKeyProvider.h"
#include "ai/GroqClient.h"
#include "ai/GroqConfig.h"
#include "audio/AudioError.h"
#include "base/Settings.h"
#include "jobs/LectureJobs.h"
#include "library/LibraryService.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "recording/LiveTranscript.h"
#include "recording/RecordingImport.h"
#include "recording/RecordingInputs.h"
#include "recording/RecordingPanel.h"
#include "secrets/GroqKeyStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
// Closing the window does not end a recording by accident: it only hides; Stop ends it.
class RecordingWindow : public QDialog
{
public:
    using QDialog::QDialog;

protected:
    void closeEvent(QCloseEvent *event) override
    {
        hide();
        event->ignore();
    }
};
} // namespace

RecordingController::RecordingController(LibraryService &service, LibraryTreeModel *model, LibrarySidebar *sidebar,
                                         LectureJobs *jobs, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_model(model)
    , m_sidebar(sidebar)
    , m_jobs(jobs)
    , m_window(window)
    , m_folder(RecordingFile::folder(service.dataDirectory()))
    , m_inputs(std::make_unique<MicrophoneInputs>())
    , m_import(new RecordingImport(service, this))
    , m_recordAction(new QAction(tr("&Record Lecture…"), this))
{
    m_recordAction->setObjectName(u"recordAction"_s);
    m_recordAction->setIcon(QIcon::fromTheme(u"media-record"_s));
    m_recordAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_recordAction->setToolTip(tr("Record a lecture from a microphone into the selected course"));
    connect(m_recordAction, &QAction::triggered, this, &RecordingController::showPanel);
    connect(m_import, &RecordingImport::finished, this, &RecordingController::onImported);
    if (m_jobs) {
        connect(m_jobs, &LectureJobs::transcriptionFinished, this, [this](const QString &lectureId, bool ok) {
            if (lectureId != m_recordedLecture || !m_panel)
                return;
            m_recordedLecture.clear();
            m_panel->replaceLiveTranscript(ok ? tr("The full transcript of the recording is ready in its lecture.")
                                              : tr("The full transcript could not be made; the Jobs panel says why."));
        });
    }
    // After the window is up, so the question appears over it.
    QTimer::singleShot(0, this, &RecordingController::checkForUnfinishedRecordings);
}

RecordingController::~RecordingController() = default;

QMessageBox *RecordingController::recoveryPrompt() const
{
    return m_prompt;
}

void RecordingController::setInputs(std::unique_ptr<RecordingInputs> inputs)
{
    Q_ASSERT(!m_panel || !m_panel->isRecording());
    // The panel keeps a pointer: rebuilt with the new inputs the next time it is shown.
    if (m_panel) {
        delete m_dialog;
        m_dialog = nullptr;
        m_panel = nullptr;
    }
    m_inputs = std::move(inputs);
}

QString RecordingController::currentCourse() const
{
    const QModelIndex selected = m_sidebar->selectedIndex();
    if (m_model->courseAt(selected))
        return selected.data(LibraryTreeModel::IdRole).toString();
    if (m_model->lectureAt(selected))
        return selected.data(LibraryTreeModel::CourseIdRole).toString();
    return {};
}

RecordingPanel *RecordingController::showPanel()
{
    if (!m_dialog) {
        m_dialog = new RecordingWindow(m_window);
        m_dialog->setObjectName(u"recordingWindow"_s);
        m_dialog->setWindowTitle(tr("Record Lecture"));
        m_panel = new RecordingPanel(m_model, m_inputs.get(), m_folder, m_dialog);
        auto *layout = new QVBoxLayout(m_dialog);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_panel);
        connect(m_panel, &RecordingPanel::recordingFinished, m_import, &RecordingImport::import);
        m_panel->setLiveTranscriptFactory(
            [this](const RecordingDetails &details, QObject *parent) { return makeLiveTranscript(details, parent); });
        connect(m_panel, &RecordingPanel::recordingStateChanged, this, [this](bool recording) {
            m_recordAction->setText(recording ? tr("Show &Recording…") : tr("&Record Lecture…"));
        });
    }
    prepareGroqClient();
    if (!m_panel->isRecording())
        m_panel->selectCourse(currentCourse());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_panel;
}

void RecordingController::prepareGroqClient()
{
    if (m_groq)
        return;
    // The key as the rest of the app finds it: GROQ_API_KEY, else the keychain (loaded now, while
    // the student picks a course, so it is there when they press Record).
    std::shared_ptr<const ApiKeyProvider> stored;
    if (EnvironmentApiKeyProvider().apiKey().isEmpty()) {
        auto *keyStore = new GroqKeyStore(this);
        keyStore->load();
        stored = keyStore->apiKeyProvider();
    }
    m_keys = std::make_shared<FallbackApiKeyProvider>(std::make_shared<EnvironmentApiKeyProvider>(), stored);
    m_groq = new GroqClient(GroqConfig::fromSettings(Settings()), m_keys, this);
}

LiveTranscript *RecordingController::makeLiveTranscript(const RecordingDetails &details, QObject *parent)
{
    prepareGroqClient();
    if (m_keys->apiKey().isEmpty())
        return nullptr;
    const Settings settings;
    const QString language =
        details.language.isEmpty() ? settings.value(Setting::Language) : details.language;
    return new LiveTranscript(m_groq, settings.value(Setting::TranscriptionModel), language,
                              LiveTranscript::kDefaultChunkMs, parent);
}

void RecordingController::checkForUnfinishedRecordings()
{
    if (m_prompt)
        return;
    m_unfinished = RecordingRecovery::find(m_folder);
    askAboutNext();
}

void RecordingController::askAboutNext()
{
    if (m_unfinished.isEmpty())
        return;
    const UnfinishedRecording next = m_unfinished.takeFirst();
    const QLocale locale;
    const QDateTime started = next.recording.startedAt.toLocalTime();
    const QString when = locale.toString(started.date(), QLocale::LongFormat) + u", "_s
        + locale.toString(started.time(), QLocale::ShortFormat);

    auto *prompt = new QMessageBox(QMessageBox::Question, tr("Unfinished Recording"),
                                   tr("An unfinished recording from %1 (%2) was found.")
                                       .arg(when, AudioError::formatDuration(next.durationMs)),
                                   QMessageBox::NoButton, m_window);
    prompt->setObjectName(u"recoveryPrompt"_s);
    prompt->setInformativeText(tr("Lectern closed before the recording was saved as a lecture. Recover it to add "
                                  "what was recorded to the library."));
    QPushButton *recover = prompt->addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(u"recoverButton"_s);
    QPushButton *discard = prompt->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    prompt->setDefaultButton(recover);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QMessageBox::buttonClicked, this, [this, next, recover](QAbstractButton *clicked) {
        if (clicked == recover) {
            m_import->import(next.recording);
            emit statusMessage(tr("Recovering the recording…"));
        } else {
            RecordingRecovery::discard(next.recording);
        }
        QTimer::singleShot(0, this, &RecordingController::askAboutNext);
    });
    m_prompt = prompt;
    prompt->open();
}

void RecordingController::onImported(const RecordingFile &, const Result<Lecture> &lecture)
{
    if (!lecture) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Recording Not Saved"),
                                    tr("The recording could not be added to the library: %1\n\nIt is kept, and "
                                       "Lectern offers it again the next time it starts.")
                                        .arg(lecture.error().message),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"recordingNotSavedMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    emit statusMessage(tr("Recorded “%1”").arg(lecture->title));
    emit lectureRecorded(*lecture);
    // Transcribed like an imported recording: the full-quality transcript, from the whole file.
    if (m_jobs) {
        m_recordedLecture = lecture->id;
        m_jobs->transcribe(lecture->id);
    }
}

} // namespace lectern
