#include "study/CourseQuizFeature.h"

#include "study/CourseQuizPage.h"

#include <QAction>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

CourseQuizFeature::CourseQuizFeature(LibraryService &service, QMenu *studyMenu, std::function<QString()> selectedCourseId,
                                     std::function<void(QWidget *)> showPage, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_selectedCourseId(std::move(selectedCourseId))
    , m_showPage(std::move(showPage))
    , m_quizAction(new QAction(QIcon::fromTheme(u"games-config-options"_s), tr("&Quiz This Course"), this))
{
    m_quizAction->setObjectName(u"quizCourseAction"_s);
    m_quizAction->setToolTip(tr("Answer the quiz questions of every lecture in the selected course"));
    connect(m_quizAction, &QAction::triggered, this, [this] {
        const QString courseId = m_selectedCourseId();
        if (!courseId.isEmpty())
            quizCourse(courseId);
    });
    if (studyMenu) {
        studyMenu->addAction(m_quizAction);
        // Checked when the menu opens, so the item is greyed out exactly when no course is chosen.
        connect(studyMenu, &QMenu::aboutToShow, this, [this] { m_quizAction->setEnabled(!m_selectedCourseId().isEmpty()); });
    }
}

CourseQuizFeature::~CourseQuizFeature() = default;

CourseQuizPage *CourseQuizFeature::page() const
{
    return m_page;
}

void CourseQuizFeature::quizCourse(const QString &courseId)
{
    if (!m_page)
        m_page = new CourseQuizPage(m_service);
    m_page->showCourse(courseId);
    m_showPage(m_page);
}

} // namespace lectern
