#pragma once

#include "library/Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace lectern {

// The central area while a course is selected: its name, colour and how much is in it.
class CourseDetailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CourseDetailsPage(QWidget *parent = nullptr);

    void showCourse(const Course &course, const QList<Lecture> &lectures);
    QString title() const;
    QString summary() const;
    QPushButton *quizButton() const { return m_quizButton; }

signals:
    // The student wants to test themselves on the shown course.
    void quizRequested(const QString &courseId);

private:
    QLabel *m_swatch;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_quizButton;
    QString m_courseId;
};

} // namespace lectern
