#pragma once

#include "library/Entities.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lectern {

class FlashcardsView;
class LibraryService;
class ListeningTracker;
class NotesEditor;
class PlaybackController;
class PlayerBar;
class QuizView;
class StudyMaterialJobs;
class StudyMaterialView;
class TranscriptModel;
class TranscriptView;

// A lecture to study: its recording's player above the transcript, the student's notes and the
// generated summary and key terms, each in a tab. Everything is read and written through the
// library service; `player` plays the recording and must outlive the view.
class LectureView : public QWidget
{
    Q_OBJECT

public:
    LectureView(LibraryService *service, PlaybackController *player, QWidget *parent = nullptr);

    // Showing the lecture already shown only picks up changed facts (e.g. a new recording).
    void showLecture(const Lecture &lecture);
    QString lectureId() const { return m_lecture.id; }
    // Shows the transcript and plays the recording from `positionMs` (a search hit, a card's moment).
    void playFrom(qint64 positionMs);

    PlaybackController *player() const { return m_player; }
    PlayerBar *playerBar() const { return m_playerBar; }
    ListeningTracker *listeningTracker() const { return m_listening; }
    QTabWidget *tabs() const { return m_tabs; }
    TranscriptModel *transcriptModel() const { return m_transcriptModel; }
    TranscriptView *transcriptView() const { return m_transcriptView; }
    NotesEditor *notesEditor() const { return m_notes; }
    StudyMaterialView *summaryView() const { return m_summary; }
    StudyMaterialView *keyTermsView() const { return m_keyTerms; }
    FlashcardsView *flashcardsView() const { return m_flashcards; }
    QuizView *quizView() const { return m_quiz; }
    StudyMaterialJobs *studyMaterialJobs() const { return m_studyJobs; }
    // The last problem worth telling the student (a recording that cannot be played, a
    // correction that could not be saved); empty when all is well.
    QString problemText() const;

private:
    void showProblem(const QString &message);
    void updateTranscriptPage();

    LibraryService *m_service;
    PlaybackController *m_player;
    Lecture m_lecture;
    PlayerBar *m_playerBar;
    ListeningTracker *m_listening;
    QLabel *m_problem;
    QTabWidget *m_tabs;
    QStackedWidget *m_transcriptPages;
    QLabel *m_transcriptMessage;
    TranscriptModel *m_transcriptModel;
    TranscriptView *m_transcriptView;
    NotesEditor *m_notes;
    StudyMaterialJobs *m_studyJobs;
    StudyMaterialView *m_summary;
    StudyMaterialView *m_keyTerms;
    FlashcardsView *m_flashcards;
    QuizView *m_quiz;
};

} // namespace lectern
