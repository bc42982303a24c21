#include "jobs/JobsPanel.h"

#include "jobs/JobRowWidget.h"
#include "jobs/LectureJobs.h"

#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace lectern {

JobsPanel::JobsPanel(LectureJobs *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_empty(new QLabel(tr("Nothing is running. Drop recordings onto the window to import and transcribe them."), this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    setAccessibleName(tr("Jobs"));
    m_empty->setObjectName(QStringLiteral("jobsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_jobs, &LectureJobs::rowsChanged, this, &JobsPanel::sync);
    sync();
}

void JobsPanel::sync()
{
    QSet<QString> present;
    bool added = false;
    for (const LectureJobs::Row &row : m_jobs->rows()) {
        present.insert(row.key);
        JobRowWidget *widget = m_rows.value(row.key);
        if (!widget) {
            widget = new JobRowWidget(m_jobs, row.key, this);
            m_rows.insert(row.key, widget);
            // New jobs go at the end, above the stretch that keeps the rows at the top.
            m_list->insertWidget(m_list->count() - 1, widget);
            added = true;
        }
        widget->display(row);
    }
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->hide();
        it.value()->deleteLater();
        it = m_rows.erase(it);
    }
    m_empty->setVisible(m_rows.isEmpty());
    if (added)
        emit jobAdded();
}

} // namespace lectern
