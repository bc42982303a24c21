#pragma once

#include "library/Entities.h"

#include <QWidget>

class QLabel;

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

private:
    QLabel *m_swatch;
    QLabel *m_title;
    QLabel *m_summary;
};

} // namespace lectern
