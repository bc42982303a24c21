#pragma once

#include <QWidget>

class QAction;
class QPushButton;

namespace lectern {

// What a student sees in a library without courses: what Lectern does with courses and a button
// that creates the first one (the New Course action, so it behaves exactly like the menu).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *newCourse, QWidget *parent = nullptr);

    QPushButton *createCourseButton() const { return m_createCourse; }

private:
    QPushButton *m_createCourse;
};

} // namespace lectern
