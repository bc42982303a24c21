#pragma once

#include "base/Clock.h"
#include "study/ReviewKeys.h"
#include "study/StudyQueue.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace lectern {

class ReviewCardEditor;
class LibraryService;
class RatingButton;
class ReviewCardView;
class ReviewController;
struct ReviewSnapshot;

// Reviewing today's flashcards, one course or all of them, from the keyboard or the mouse:
// Space shows the answer, 1–4 answer Again, Hard, Good or Easy (each button says when the card
// would come back), Ctrl+Z takes the last answer back, E corrects the card, S suspends it,
// B (or -) buries it until tomorrow and L plays its moment in the lecture.
//
// The page never touches the library itself: a ReviewController runs the session on the
// library's worker thread and the page shows the snapshots it sends back.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(LibraryService &service, QWidget *parent = nullptr);
    // `clock` and `options` decide what is due and when a study day ends (tests move time by hand).
    ReviewPage(LibraryService &service, const Clock &clock, StudyQueueOptions options, QWidget *parent = nullptr);
    ~ReviewPage() override;

    ReviewController *controller() const { return m_controller; }
    // The course chosen for review; empty for every course.
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &courseId);

public slots:
    // Starts a fresh sitting for the chosen course: today's queue as it is in the library now.
    void startReview();

signals:
    // The student wants to hear where the shown card comes from.
    void showInLectureRequested(const QString &lectureId, qint64 positionMs);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Whether `command` means something for what is shown now.
    bool isAvailable(ReviewCommand command) const;
    void perform(ReviewCommand command);

    void loadCourses();
    void showSnapshot();
    void showMessage(const QString &title, const QString &detail);
    void startEditing();
    void finishEditing();
    void requestShowInLecture();

    LibraryService &m_service;
    ReviewController *m_controller;
    QComboBox *m_courseChoice;
    QLabel *m_counts;
    QLabel *m_progress;
    QStackedWidget *m_body;
    QWidget *m_cardPage;
    ReviewCardView *m_card;
    QStackedWidget *m_answerBar;
    QPushButton *m_showAnswer;
    QWidget *m_ratings;
    std::array<RatingButton *, 4> m_rateButtons{};
    ReviewCardEditor *m_editor;
    QWidget *m_messagePage;
    QLabel *m_messageTitle;
    QLabel *m_messageDetail;
    QLabel *m_error;
    QToolButton *m_undo;
    QToolButton *m_edit;
    QToolButton *m_suspend;
    QToolButton *m_bury;
    QToolButton *m_showInLecture;
    // Wakes the page when a learning card comes due while the student waits.
    QTimer *m_waitTimer;
    QString m_courseId;
    bool m_editing = false;
};

} // namespace lectern
