#pragma once

#include "library/Entities.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace lectern {

class LectureStates;
class LectureView;
class LibraryService;
class PlaybackController;

// The central area while a lecture is selected: the facts the library holds about it above the
// lecture itself (player, transcript, notes, study material).
class LectureDetailsPage : public QWidget
{
    Q_OBJECT

public:
    // Plays through `player` when given (it must outlive the page), through QMediaPlayer otherwise.
    explicit LectureDetailsPage(LibraryService *service, QWidget *parent = nullptr,
                                PlaybackController *player = nullptr);

    // `courseName` is empty for a lecture not filed under a course.
    void showLecture(const Lecture &lecture, const QString &courseName);
    QString title() const;
    QString recordedText() const;
    QString durationText() const;
    LectureView *lectureView() const { return m_view; }

    // Shows the lecture's transcript state above it, with Retry or Transcribe where they help.
    // `states` must outlive the page.
    void setLectureStates(LectureStates *states);
    QFrame *stateBanner() const { return m_stateBanner; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *transcribeButton() const { return m_transcribe; }

private:
    void updateStateBanner();

    QLabel *m_title;
    QLabel *m_course;
    QLabel *m_recorded;
    QLabel *m_duration;
    LectureStates *m_states = nullptr;
    Lecture m_lecture;
    QFrame *m_stateBanner;
    QLabel *m_stateLabel;
    QPushButton *m_retry;
    QPushButton *m_transcribe;
    LectureView *m_view;
};

} // namespace lectern
