#pragma once

#include "library/Entities.h"

#include <QWidget>

class QLabel;

namespace lectern {

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

private:
    QLabel *m_title;
    QLabel *m_course;
    QLabel *m_recorded;
    QLabel *m_duration;
    LectureView *m_view;
};

} // namespace lectern
