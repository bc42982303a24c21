#pragma once

#include "library/Entities.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QVBoxLayout;

namespace lectern {

class GenerationBar;
class LibraryService;
class StudyMaterialJobs;

// One multiple-choice question and the lecture it was written for, so a card made from a wrong
// answer belongs to that lecture (a course quiz mixes lectures).
struct QuizQuestion
{
    QString text;
    QStringList choices;
    int answer = 0;
    QString explanation;
    QString lectureId;
    // Shown above the question when set ("Lecture: …"); a lecture's own tab leaves it empty.
    QString lectureTitle;
};

// The usable questions among a lecture's quiz study items, in their order (no widgets: callable
// on the library's worker thread).
QList<QuizQuestion> quizQuestions(const QList<StudyItem> &items, const QString &lectureTitle = {});

// The lecture's Quiz tab: the multiple-choice questions Groq wrote for the lecture, one at a
// time. Check marks the answer right or wrong (with the right answer and why); after the last
// question the score is shown ("7 / 10"). A question answered wrongly can become a flashcard of the
// lecture in one click, with the question on the front and the right answer on the back.
// Without `jobs` the view has no generation bar and is fed with setQuestions() (a course's quiz).
class QuizView : public QWidget
{
    Q_OBJECT

public:
    QuizView(LibraryService *service, StudyMaterialJobs *jobs, QWidget *parent = nullptr);

    void setLecture(const QString &lectureId);
    // Questions from anywhere, for a view without a lecture; `emptyText` is shown when there are none.
    void setQuestions(const QList<QuizQuestion> &questions, const QString &emptyText);

    // Null when the view was made without jobs.
    GenerationBar *generationBar() const { return m_bar; }
    bool isLoaded() const { return m_loaded; }
    int questionCount() const { return int(m_questions.size()); }
    int currentQuestion() const { return m_current; }
    int score() const { return m_score; }
    bool isFinished() const;
    QList<QRadioButton *> choiceButtons() const { return m_choices; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *makeFlashcardButton() const { return m_makeCard; }
    QPushButton *restartButton() const { return m_restart; }
    QLabel *feedbackLabel() const { return m_feedback; }
    QLabel *scoreLabel() const { return m_scoreText; }
    QLabel *lectureLabel() const { return m_lecture; }
    QLabel *emptyLabel() const { return m_empty; }

signals:
    void loaded();
    // The card a wrong answer became is in the library.
    void flashcardMade(const lectern::Flashcard &card);

private:
    void reload();
    void showQuestions(const QList<StudyItem> &items);
    void restart();
    void showQuestion(int index);
    void check();
    void next();
    void makeFlashcard();
    QWidget *makeQuestionPage();
    QWidget *makeScorePage();

    QPointer<LibraryService> m_service;
    GenerationBar *m_bar;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    // Question page.
    QLabel *m_progress;
    QLabel *m_lecture;
    QLabel *m_question;
    QButtonGroup *m_choiceGroup;
    QVBoxLayout *m_choiceLayout;
    QList<QRadioButton *> m_choices;
    QLabel *m_feedback;
    QPushButton *m_check;
    QPushButton *m_next;
    QPushButton *m_makeCard;
    // Score page.
    QLabel *m_scoreText;
    QLabel *m_scoreDetail;
    QPushButton *m_restart;

    QString m_lectureId;
    QList<QuizQuestion> m_questions;
    int m_current = 0;
    int m_score = 0;
    bool m_checked = false;
    bool m_loaded = false;
};

} // namespace lectern
