#include "library/LectureDetailsPage.h"

#include "library/LibraryFormat.h"
#include "shell/Typography.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QLabel *makeValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

LectureDetailsPage::LectureDetailsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(makeValueLabel(u"lectureTitle"_s, this))
    , m_course(makeValueLabel(u"lectureCourse"_s, this))
    , m_recorded(makeValueLabel(u"lectureRecorded"_s, this))
    , m_duration(makeValueLabel(u"lectureDuration"_s, this))
{
    setObjectName(u"lectureDetailsPage"_s);
    setAccessibleName(tr("Lecture details"));
    m_title->setFont(Typography::heading(font()));

    auto *facts = new QFormLayout;
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(8);
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->addRow(tr("Course:"), m_course);
    facts->addRow(tr("Recorded:"), m_recorded);
    facts->addRow(tr("Duration:"), m_duration);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    layout->addStretch();
}

void LectureDetailsPage::showLecture(const Lecture &lecture, const QString &courseName)
{
    m_title->setText(lecture.title.isEmpty() ? tr("Untitled lecture") : lecture.title);
    m_course->setText(courseName.isEmpty() ? tr("Not filed under a course") : courseName);
    const QString recorded = LibraryFormat::longDateTime(lecture.recordedAt);
    m_recorded->setText(recorded.isEmpty() ? tr("Unknown") : recorded);
    const QString duration = LibraryFormat::duration(lecture.durationMs);
    m_duration->setText(duration.isEmpty() ? tr("Unknown") : duration);
}

QString LectureDetailsPage::title() const
{
    return m_title->text();
}

QString LectureDetailsPage::recordedText() const
{
    return m_recorded->text();
}

QString LectureDetailsPage::durationText() const
{
    return m_duration->text();
}

} // namespace lectern
