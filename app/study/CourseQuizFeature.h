#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace lectern {

class CourseQuizPage;
class LibraryService;

// Study › Quiz This Course: the questions of every lecture of the selected course as one quiz in
// the window's central area.
class CourseQuizFeature : public QObject
{
    Q_OBJECT

public:
    // `selectedCourseId` answers the course chosen in the sidebar (empty: none); `showPage` puts
    // the page in the central area and takes ownership of it. `service` must outlive the feature.
    CourseQuizFeature(LibraryService &service, QMenu *studyMenu, std::function<QString()> selectedCourseId,
                      std::function<void(QWidget *)> showPage, QObject *parent = nullptr);
    ~CourseQuizFeature() override;

    QAction *quizAction() const { return m_quizAction; }
    // Null until a course is first quizzed.
    CourseQuizPage *page() const;

public slots:
    void quizCourse(const QString &courseId);

private:
    LibraryService &m_service;
    std::function<QString()> m_selectedCourseId;
    std::function<void(QWidget *)> m_showPage;
    QAction *m_quizAction;
    QPointer<CourseQuizPage> m_page;
};

} // namespace lectern
