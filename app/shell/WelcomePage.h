#pragma once

#include <QWidget>

class QAction;
class QPushButton;

namespace lectern {

// What a student sees in a library without courses: what Lectern does with courses, a button
// that creates the first one, and the other first steps: importing a recording and adding the Groq
// key that transcription needs, and trying Lectern on a short sample lecture. Each button triggers
// an action of the window, so it behaves exactly like the menu.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *newCourse, QWidget *parent = nullptr);

    // The menus are made after the page; these buttons appear once their actions exist.
    void setFirstStepActions(QAction *importRecordings, QAction *settings, QAction *trySample);
    // A student who already has a key is told so, and may still change it.
    void setGroqKeySaved(bool saved);

    QPushButton *createCourseButton() const { return m_createCourse; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *addKeyButton() const { return m_addKey; }
    QPushButton *sampleButton() const { return m_sample; }

private:
    QPushButton *m_createCourse;
    QPushButton *m_import;
    QPushButton *m_addKey;
    QPushButton *m_sample;
};

} // namespace lectern
