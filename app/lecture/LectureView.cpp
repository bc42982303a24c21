#include "lecture/LectureView.h"

#include "lecture/FlashcardsView.h"
#include "lecture/ListeningTracker.h"
#include "lecture/NotesEditor.h"
#include "lecture/PlaybackController.h"
#include "lecture/PlayerBar.h"
#include "lecture/QuizView.h"
#include "lecture/StudyMaterialJobs.h"
#include "lecture/StudyMaterialView.h"
#include "lecture/TranscriptModel.h"
#include "lecture/TranscriptView.h"
#include "library/LibraryService.h"

#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

LectureView::LectureView(LibraryService *service, PlaybackController *player, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_player(player)
    , m_playerBar(new PlayerBar(player, this))
    , m_listening(new ListeningTracker(service, player, Clock::system(), this))
    , m_problem(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_transcriptPages(new QStackedWidget(m_tabs))
    , m_transcriptMessage(new QLabel(m_transcriptPages))
    , m_transcriptModel(new TranscriptModel(service, this))
    , m_transcriptView(new TranscriptView(m_transcriptPages))
    , m_notes(new NotesEditor(service, m_tabs))
    , m_studyJobs(new StudyMaterialJobs(service, this))
    , m_summary(new StudyMaterialView(service, m_studyJobs, StudyItemKind::Summary, m_tabs))
    , m_keyTerms(new StudyMaterialView(service, m_studyJobs, StudyItemKind::KeyTerm, m_tabs))
    , m_flashcards(new FlashcardsView(service, m_studyJobs, m_transcriptModel, m_tabs))
    , m_quiz(new QuizView(service, m_studyJobs, m_tabs))
{
    setObjectName(u"lectureView"_s);

    m_problem->setObjectName(u"lectureProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_transcriptView->setTranscriptModel(m_transcriptModel);
    m_transcriptMessage->setObjectName(u"transcriptMessage"_s);
    m_transcriptMessage->setAlignment(Qt::AlignCenter);
    m_transcriptMessage->setWordWrap(true);
    m_transcriptMessage->setForegroundRole(QPalette::PlaceholderText);
    m_transcriptPages->addWidget(m_transcriptMessage);
    m_transcriptPages->addWidget(m_transcriptView);

    m_tabs->setObjectName(u"lectureTabs"_s);
    m_tabs->setAccessibleName(tr("Lecture material"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_transcriptPages, tr("&Transcript"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->addTab(m_summary, tr("S&ummary"));
    m_tabs->addTab(m_keyTerms, tr("&Key terms"));
    m_tabs->addTab(m_flashcards, tr("Fl&ashcards"));
    m_tabs->addTab(m_quiz, tr("&Quiz"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_playerBar);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);

    connect(m_player, &PlaybackController::positionChanged, m_transcriptModel, &TranscriptModel::setPosition);
    connect(m_player, &PlaybackController::errorOccurred, this, &LectureView::showProblem);
    connect(m_player, &PlaybackController::sourceChanged, this, [this] { showProblem(QString()); });
    connect(m_transcriptView, &TranscriptView::segmentActivated, this, [this](qint64 startMs) {
        if (m_player->source().isEmpty())
            return;
        m_player->seek(startMs);
        m_player->play();
    });
    connect(m_flashcards, &FlashcardsView::momentActivated, this, [this](qint64 startMs) {
        if (m_player->source().isEmpty())
            return;
        m_player->seek(startMs);
        m_player->play();
    });
    connect(m_transcriptView, &TranscriptView::playPauseRequested, m_player, &PlaybackController::togglePlayback);
    connect(m_transcriptView, &TranscriptView::skipRequested, m_player, &PlaybackController::skip);
    connect(m_transcriptModel, &TranscriptModel::failed, this, &LectureView::showProblem);
    connect(m_transcriptModel, &TranscriptModel::loaded, this, &LectureView::updateTranscriptPage);
    connect(m_transcriptModel, &QAbstractItemModel::modelReset, this, &LectureView::updateTranscriptPage);
    updateTranscriptPage();
}

QString LectureView::problemText() const
{
    return m_problem->text();
}

void LectureView::showLecture(const Lecture &lecture)
{
    const bool sameLecture = lecture.id == m_lecture.id;
    const bool sameAudio = sameLecture && lecture.audioPath == m_lecture.audioPath;
    // Before the player lets go of the previous recording, so its listening is the previous lecture's.
    m_listening->setLecture(lecture.id);
    m_lecture = lecture;
    if (!sameAudio) {
        m_player->pause();
        // Relative paths are inside the library directory, where the importer keeps recordings.
        const QString audio = lecture.audioPath.isEmpty()
                                  ? QString()
                                  : QDir(m_service->dataDirectory()).absoluteFilePath(lecture.audioPath);
        m_player->setSource(audio.isEmpty() ? QUrl() : QUrl::fromLocalFile(audio));
        m_playerBar->setUnavailableReason(tr("No recording"));
        m_transcriptModel->setPosition(m_player->position());
    }
    m_transcriptModel->setLecture(lecture.id, lecture.durationMs);
    m_notes->setLecture(lecture.id);
    m_summary->setLecture(lecture.id);
    m_keyTerms->setLecture(lecture.id);
    m_flashcards->setLecture(lecture.id);
    m_quiz->setLecture(lecture.id);
    if (!sameLecture)
        showProblem(QString());
}

void LectureView::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void LectureView::updateTranscriptPage()
{
    if (m_transcriptModel->rowCount() > 0) {
        m_transcriptPages->setCurrentWidget(m_transcriptView);
        return;
    }
    m_transcriptMessage->setText(m_transcriptModel->isLoaded() ? tr("This lecture has no transcript yet.")
                                                               : QString());
    m_transcriptPages->setCurrentWidget(m_transcriptMessage);
}

void LectureView::playFrom(qint64 positionMs)
{
    m_tabs->setCurrentWidget(m_transcriptPages);
    m_player->seek(positionMs);
    m_player->play();
}

} // namespace lectern
