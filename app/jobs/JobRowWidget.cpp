#include "jobs/JobRowWidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace lectern {

JobRowWidget::JobRowWidget(LectureJobs *jobs, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_status, 1, 0);
    layout->addWidget(m_progress, 2, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons, 0, 1, 3, 1, Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, jobs, [jobs, key] { jobs->cancel(key); });
    connect(m_retry, &QPushButton::clicked, jobs, [jobs, key] { jobs->retry(key); });
    connect(m_dismiss, &QPushButton::clicked, jobs, [jobs, key] { jobs->dismiss(key); });
}

void JobRowWidget::display(const LectureJobs::Row &row)
{
    const bool failed = row.state == LectureJobs::Row::State::Failed;
    m_title->setText(row.title);
    m_status->setText(row.status);
    m_status->setForegroundRole(failed ? QPalette::WindowText : QPalette::PlaceholderText);
    m_progress->setVisible(row.state == LectureJobs::Row::State::Running);
    m_progress->setValue(int(std::lround(row.fraction * 1000)));
    m_cancel->setVisible(!failed);
    m_retry->setVisible(failed);
    m_dismiss->setVisible(failed);

    const QString what = row.kind == LectureJobs::Row::Kind::Import ? tr("Import of %1").arg(row.title)
                                                                     : tr("Transcription of %1").arg(row.title);
    setAccessibleName(what);
    m_progress->setAccessibleName(tr("Progress of %1").arg(row.title));
    m_cancel->setAccessibleName(tr("Cancel %1").arg(what));
    m_retry->setAccessibleName(tr("Retry %1").arg(what));
    m_dismiss->setAccessibleName(tr("Dismiss %1").arg(what));
}

} // namespace lectern
