#pragma once

#include "library/Entities.h"

#include <QWidget>

class QLabel;

namespace lectern {

// The central area while a lecture is selected: the facts the library holds about it.
class LectureDetailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LectureDetailsPage(QWidget *parent = nullptr);

    // `courseName` is empty for a lecture not filed under a course.
    void showLecture(const Lecture &lecture, const QString &courseName);
    QString title() const;
    QString recordedText() const;
    QString durationText() const;

private:
    QLabel *m_title;
    QLabel *m_course;
    QLabel *m_recorded;
    QLabel *m_duration;
};

} // namespace lectern
