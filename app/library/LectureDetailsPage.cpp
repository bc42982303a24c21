#include "library/LectureDetailsPage.h"

#include "lecture/LectureView.h"
#include "lecture/MediaPlaybackController.h"
#include "library/LectureStates.h"
#include "library/LibraryFormat.h"
#include "shell/Typography.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    , m_stateBanner(new QFrame(this))
    , m_stateLabel(new QLabel(m_stateBanner))
    , m_retry(new QPushButton(tr("Retry"), m_stateBanner))
    , m_transcribe(new QPushButton(tr("Transcribe"), m_stateBanner))
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
    m_stateBanner->setObjectName(u"lectureStateBanner"_s);
    m_stateBanner->setFrameShape(QFrame::StyledPanel);
    m_stateLabel->setObjectName(u"lectureStateLabel"_s);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"lectureRetryButton"_s);
    m_transcribe->setObjectName(u"lectureTranscribeButton"_s);
    auto *banner = new QHBoxLayout(m_stateBanner);
    banner->setContentsMargins(10, 6, 10, 6);
    banner->addWidget(m_stateLabel, 1);
    banner->addWidget(m_retry);
    banner->addWidget(m_transcribe);
    m_stateBanner->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_states)
            m_states->retry(m_lecture.id);
    });
    connect(m_transcribe, &QPushButton::clicked, this, [this] {
        if (m_states)
            m_states->transcribe(m_lecture.id);
    });

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
    layout->addWidget(m_stateBanner);
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
    m_lecture = lecture;
    if (m_states)
        m_states->watch({lecture.id});
    updateStateBanner();
}

void LectureDetailsPage::setLectureStates(LectureStates *states)
{
    m_states = states;
    connect(states, &LectureStates::changed, this, [this](const QStringList &lectureIds) {
        if (lectureIds.contains(m_lecture.id))
            updateStateBanner();
    });
    updateStateBanner();
}

void LectureDetailsPage::updateStateBanner()
{
    const LectureState state = m_states && !m_lecture.id.isEmpty() ? m_states->state(m_lecture) : LectureState();
    QString text;
    switch (state.kind) {
    case LectureState::Kind::Unknown:
    case LectureState::Kind::NoRecording:
    case LectureState::Kind::Ready:
        break;
    case LectureState::Kind::NotTranscribed:
        text = tr("Not transcribed yet");
        break;
    case LectureState::Kind::Queued:
    case LectureState::Kind::Transcribing:
        text = state.text();
        break;
    case LectureState::Kind::Failed:
        text = tr("Transcription failed: %1").arg(state.failureReason);
        break;
    }
    const bool failed = state.kind == LectureState::Kind::Failed;
    m_stateLabel->setText(text);
    QPalette palette = m_stateLabel->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? LectureState::errorColour(palette) : this->palette().color(QPalette::WindowText));
    m_stateLabel->setPalette(palette);
    m_retry->setVisible(failed);
    m_transcribe->setVisible(state.kind == LectureState::Kind::NotTranscribed);
    m_stateBanner->setVisible(!text.isEmpty());
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
