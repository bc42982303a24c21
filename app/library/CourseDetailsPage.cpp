#include "library/CourseDetailsPage.h"

#include "library/CourseColours.h"
#include "library/LibraryFormat.h"
#include "shell/Typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

CourseDetailsPage::CourseDetailsPage(QWidget *parent)
    : QWidget(parent)
    , m_swatch(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_quizButton(new QPushButton(tr("Quiz This Course"), this))
{
    setObjectName(u"courseDetailsPage"_s);
    setAccessibleName(tr("Course details"));
    m_title->setObjectName(u"courseTitle"_s);
    m_title->setFont(Typography::heading(font()));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"courseSummary"_s);
    m_summary->setFont(Typography::subheading(font()));
    m_summary->setWordWrap(true);
    m_quizButton->setObjectName(u"courseQuizButton"_s);
    m_quizButton->setToolTip(tr("Answer the quiz questions of every lecture in this course"));
    connect(m_quizButton, &QPushButton::clicked, this, [this] { emit quizRequested(m_courseId); });

    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    heading->addWidget(m_swatch, 0, Qt::AlignVCenter);
    heading->addWidget(m_title, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_quizButton, 0, Qt::AlignLeft);
    layout->addStretch();
}

void CourseDetailsPage::showCourse(const Course &course, const QList<Lecture> &lectures)
{
    const int swatchSize = QFontMetrics(m_title->font()).height() - 4;
    m_swatch->setPixmap(CourseColours::swatchIcon(CourseColours::displayColour(course), swatchSize)
                            .pixmap(swatchSize, swatchSize));
    m_title->setText(course.name);
    m_courseId = course.id;
    m_quizButton->setEnabled(!lectures.isEmpty());
    if (lectures.isEmpty()) {
        m_summary->setText(tr("No lectures in this course yet."));
        return;
    }
    qint64 totalMs = 0;
    for (const Lecture &lecture : lectures)
        totalMs += lecture.durationMs;
    const QString count = tr("%n lecture(s)", nullptr, int(lectures.size()));
    m_summary->setText(totalMs > 0 ? tr("%1, %2 in total").arg(count, LibraryFormat::duration(totalMs)) : count);
}

QString CourseDetailsPage::title() const
{
    return m_title->text();
}

QString CourseDetailsPage::summary() const
{
    return m_summary->text();
}

} // namespace lectern
