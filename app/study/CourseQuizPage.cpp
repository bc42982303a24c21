#include "study/CourseQuizPage.h"

#include "lecture/QuizView.h"
#include "library/LibraryService.h"
#include "shell/Typography.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {

struct CourseQuestions
{
    QString courseName;
    int lectureCount = 0;
    QList<QuizQuestion> questions;
};

Result<CourseQuestions> readCourseQuestions(LibraryStore &store, const QString &courseId)
{
    Result<Course> course = store.course(courseId);
    if (!course)
        return course.error();
    Result<QList<Lecture>> lectures = store.lectures(courseId);
    if (!lectures)
        return lectures.error();
    CourseQuestions result;
    result.courseName = course->name;
    // The store lists the newest lecture first; a course is learnt from its first lecture on.
    QList<Lecture> inOrder = *lectures;
    std::reverse(inOrder.begin(), inOrder.end());
    for (const Lecture &lecture : std::as_const(inOrder)) {
        Result<QList<StudyItem>> items = store.studyItems(lecture.id, StudyItemKind::QuizQuestion);
        if (!items)
            return items.error();
        const QList<QuizQuestion> questions = quizQuestions(*items, lecture.title);
        if (questions.isEmpty())
            continue;
        ++result.lectureCount;
        result.questions.append(questions);
    }
    return result;
}

} // namespace

CourseQuizPage::CourseQuizPage(LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_quiz(new QuizView(&service, nullptr, this))
{
    setObjectName(u"courseQuizPage"_s);
    setAccessibleName(tr("Course quiz"));
    m_title->setObjectName(u"courseQuizTitle"_s);
    m_title->setFont(Typography::heading(font()));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_summary->setObjectName(u"courseQuizSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_quiz, 1);
}

void CourseQuizPage::showCourse(const QString &courseId)
{
    m_courseId = courseId;
    m_loaded = false;
    m_summary->clear();
    m_service.submit([courseId](LibraryStore &store) { return readCourseQuestions(store, courseId); })
        .then(this, [this, courseId](Result<CourseQuestions> read) {
            if (courseId != m_courseId)
                return;
            if (!read) {
                m_title->setText(tr("Course quiz"));
                m_quiz->setQuestions({}, tr("Could not read the course's quiz: %1").arg(read.error().message));
            } else {
                m_title->setText(tr("Quiz: %1").arg(read->courseName));
                if (!read->questions.isEmpty()) {
                    m_summary->setText(tr("%n question(s) from %1, oldest lecture first", nullptr, int(read->questions.size()))
                                           .arg(tr("%n lecture(s)", nullptr, read->lectureCount)));
                }
                m_quiz->setQuestions(read->questions,
                                     tr("This course has no quiz questions yet.\nGenerate a quiz in a lecture's Quiz tab "
                                        "first, then test yourself on the whole course here."));
            }
            m_loaded = true;
            emit loaded();
        });
}

} // namespace lectern
