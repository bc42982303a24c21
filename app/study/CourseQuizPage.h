#pragma once

#include <QWidget>

class QLabel;

namespace lectern {

class LibraryService;
class QuizView;

// A quiz over a whole course: the questions generated in each of its lectures' Quiz tabs, taken
// in lecture order (oldest lecture first, each lecture's questions as they were written), with the
// lecture named above each question. A wrong answer's flashcard goes to that question's lecture.
class CourseQuizPage : public QWidget
{
    Q_OBJECT

public:
    // `service` must outlive the page.
    explicit CourseQuizPage(LibraryService &service, QWidget *parent = nullptr);

    // Reads the course's questions afresh (on the library's worker thread) and starts the quiz.
    void showCourse(const QString &courseId);

    QString courseId() const { return m_courseId; }
    bool isLoaded() const { return m_loaded; }
    QuizView *quizView() const { return m_quiz; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void loaded();

private:
    LibraryService &m_service;
    QLabel *m_title;
    QLabel *m_summary;
    QuizView *m_quiz;
    QString m_courseId;
    bool m_loaded = false;
};

} // namespace lectern
