#include "library/LectureDetailsPage.h"

#include "lecture/LectureView.h"
#include "lecture/MediaPlaybackController.h"
#include "library/LibraryFormat.h"
#include "shell/Typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QLabel *makeValueLabel(const QString &objectName, const QString &whatItIs, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(whatItIs);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *makeSeparator(QWidget *parent)
{
    auto *separator = new QLabel(QStringLiteral("·"), parent);
    separator->setForegroundRole(QPalette::PlaceholderText);
    return separator;
}
} // namespace

LectureDetailsPage::LectureDetailsPage(LibraryService *service, QWidget *parent, PlaybackController *player)
    : QWidget(parent)
    , m_title(makeValueLabel(u"lectureTitle"_s, tr("Lecture title"), this))
    , m_course(makeValueLabel(u"lectureCourse"_s, tr("Course"), this))
    , m_recorded(makeValueLabel(u"lectureRecorded"_s, tr("Recorded"), this))
    , m_duration(makeValueLabel(u"lectureDuration"_s, tr("Duration"), this))
    , m_view(new LectureView(service, player ? player : new MediaPlaybackController(this), this))
{
    setObjectName(u"lectureDetailsPage"_s);
    setAccessibleName(tr("Lecture details"));
    m_title->setFont(Typography::heading(font()));

    // One line of facts, so the transcript below gets the height.
    auto *facts = new QHBoxLayout;
    facts->setSpacing(8);
    facts->addWidget(m_course);
    facts->addWidget(makeSeparator(this));
    facts->addWidget(m_recorded);
    facts->addWidget(makeSeparator(this));
    facts->addWidget(m_duration);
    facts->addStretch();
    for (QLabel *fact : {m_course, m_recorded, m_duration}) {
        fact->setWordWrap(false);
        fact->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *layout = new QVBoxLayout(this);
    // Wide enough margins that the page's own background frames the material.
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    layout->addSpacing(8);
    layout->addWidget(m_view, 1);
}

void LectureDetailsPage::showLecture(const Lecture &lecture, const QString &courseName)
{
    m_title->setText(lecture.title.isEmpty() ? tr("Untitled lecture") : lecture.title);
    m_course->setText(courseName.isEmpty() ? tr("Not filed under a course") : courseName);
    const QString recorded = LibraryFormat::longDateTime(lecture.recordedAt);
    m_recorded->setText(recorded.isEmpty() ? tr("Unknown") : recorded);
    const QString duration = LibraryFormat::duration(lecture.durationMs);
    m_duration->setText(duration.isEmpty() ? tr("Unknown") : duration);
    m_view->showLecture(lecture);
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
