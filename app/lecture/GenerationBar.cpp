#include "lecture/GenerationBar.h"

#include "lecture/StudyMaterialJobs.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
QString taskName(StudyTask task)
{
    switch (task) {
    case StudyTask::Summary:
        return u"summary"_s;
    case StudyTask::KeyTerms:
        return u"keyTerms"_s;
    case StudyTask::Flashcards:
        return u"flashcards"_s;
    case StudyTask::Quiz:
        return u"quiz"_s;
    }
    return {};
}
} // namespace

GenerationBar::GenerationBar(StudyMaterialJobs *jobs, StudyTask task, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_task(task)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_generate(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_failure(new QFrame(this))
    , m_failureTitle(new QLabel(m_failure))
    , m_error(new QLabel(m_failure))
    , m_retry(new QPushButton(tr("Retry"), m_failure))
{
    const QString name = taskName(task);
    setObjectName(name + u"GenerationBar"_s);
    m_generate->setObjectName(name + u"GenerateButton"_s);
    m_cancel->setObjectName(name + u"CancelButton"_s);
    m_retry->setObjectName(name + u"RetryButton"_s);
    m_status->setObjectName(name + u"GenerationStatus"_s);
    m_error->setObjectName(name + u"GenerationError"_s);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setMaximumWidth(160);
    m_generate->setIcon(QIcon::fromTheme(u"view-refresh"_s));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_generate);

    // The failure sits in a frame of its own so it reads as one message, not as the tab's content.
    m_failure->setObjectName(name + u"GenerationFailure"_s);
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setAutoFillBackground(true);
    m_failure->setBackgroundRole(QPalette::AlternateBase);
    auto *icon = new QLabel(m_failure);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    icon->setAlignment(Qt::AlignTop);
    QFont bold = m_failureTitle->font();
    bold.setBold(true);
    m_failureTitle->setFont(bold);
    m_failureTitle->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_failureTitle);
    texts->addWidget(m_error);
    auto *failureLayout = new QHBoxLayout(m_failure);
    failureLayout->setContentsMargins(10, 8, 10, 8);
    failureLayout->setSpacing(10);
    failureLayout->addWidget(icon, 0, Qt::AlignTop);
    failureLayout->addLayout(texts, 1);
    failureLayout->addWidget(m_retry, 0, Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_failure);

    connect(m_generate, &QPushButton::clicked, this, &GenerationBar::generate);
    connect(m_retry, &QPushButton::clicked, this, &GenerationBar::generate);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_jobs->cancel(m_lectureId, m_task); });
    connect(m_jobs, &StudyMaterialJobs::entryChanged, this, [this](const QString &lectureId, StudyTask task) {
        if (lectureId == m_lectureId && task == m_task)
            update();
    });
    update();
}

void GenerationBar::setLecture(const QString &lectureId)
{
    m_lectureId = lectureId;
    update();
}

void GenerationBar::setHasMaterial(bool hasMaterial)
{
    m_hasMaterial = hasMaterial;
    update();
}

bool GenerationBar::isBusy() const
{
    return !m_lectureId.isEmpty() && m_jobs->isBusy(m_lectureId, m_task);
}

bool GenerationBar::hasFailed() const
{
    const StudyMaterialQueue::Entry *entry = m_jobs->entry(m_lectureId, m_task);
    return entry && entry->state == StudyMaterialQueue::State::Failed;
}

void GenerationBar::generate()
{
    if (m_lectureId.isEmpty() || isBusy())
        return;
    m_jobs->generate(m_lectureId, m_task);
}

QString GenerationBar::workingText(int done, int total) const
{
    if (m_task == StudyTask::Summary && total > 1)
        return tr("Summarising part by part: %1 of %2 steps done").arg(done).arg(total);
    switch (m_task) {
    case StudyTask::Summary:
        return tr("Writing the summary…");
    case StudyTask::KeyTerms:
        return tr("Picking out the key terms…");
    case StudyTask::Flashcards:
        return tr("Writing flashcards…");
    case StudyTask::Quiz:
        return tr("Writing quiz questions…");
    }
    return {};
}

QString GenerationBar::idleText() const
{
    switch (m_task) {
    case StudyTask::Summary:
        return tr("A summary of the transcript, written by Groq.");
    case StudyTask::KeyTerms:
        return tr("The lecture's key terms, picked out by Groq.");
    case StudyTask::Flashcards:
        return tr("Groq suggests cards from the transcript; you keep the ones worth learning.");
    case StudyTask::Quiz:
        return tr("Multiple-choice questions on the lecture, written by Groq.");
    }
    return {};
}

QString GenerationBar::failureTitle() const
{
    switch (m_task) {
    case StudyTask::Summary:
        return tr("The summary could not be made");
    case StudyTask::KeyTerms:
        return tr("The key terms could not be picked out");
    case StudyTask::Flashcards:
        return tr("No flashcards could be made");
    case StudyTask::Quiz:
        return tr("No quiz could be made");
    }
    return {};
}

void GenerationBar::update()
{
    const StudyMaterialQueue::Entry *entry = m_lectureId.isEmpty() ? nullptr : m_jobs->entry(m_lectureId, m_task);
    const bool failed = entry && entry->state == StudyMaterialQueue::State::Failed;
    const bool busy = isBusy();

    switch (m_task) {
    case StudyTask::Summary:
        m_generate->setText(m_hasMaterial ? tr("Regenerate summary") : tr("Generate summary"));
        break;
    case StudyTask::KeyTerms:
        m_generate->setText(m_hasMaterial ? tr("Regenerate key terms") : tr("Generate key terms"));
        break;
    case StudyTask::Flashcards:
        m_generate->setText(m_hasMaterial ? tr("Suggest more cards") : tr("Suggest flashcards"));
        break;
    case StudyTask::Quiz:
        m_generate->setText(m_hasMaterial ? tr("New questions") : tr("Generate quiz"));
        break;
    }
    m_generate->setEnabled(!m_lectureId.isEmpty());
    m_generate->setVisible(!busy && !failed);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);

    if (!busy) {
        m_status->setText(idleText());
    } else if (!entry || entry->state == StudyMaterialQueue::State::Queued) {
        m_status->setText(tr("Waiting for the task before it…"));
        m_progress->setRange(0, 0);
    } else if (entry->waitingSeconds > 0) {
        m_status->setText(tr("Groq asked to slow down; going on in %n s", nullptr, entry->waitingSeconds));
        m_progress->setRange(0, 0);
    } else {
        m_status->setText(workingText(entry->done, entry->total));
        // One request shows no steps, only that Groq is working.
        if (entry->total > 1) {
            m_progress->setRange(0, entry->total);
            m_progress->setValue(entry->done);
        } else {
            m_progress->setRange(0, 0);
        }
    }

    m_failure->setVisible(failed);
    if (failed) {
        m_failureTitle->setText(failureTitle());
        m_error->setText(entry->error.message);
        m_retry->setAccessibleName(tr("Retry: %1").arg(failureTitle()));
    }
}

} // namespace lectern
