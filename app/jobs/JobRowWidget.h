#pragma once

#include "jobs/LectureJobs.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lectern {

// One job in the jobs panel: what it is, what it is doing, and what the student can do about it.
class JobRowWidget : public QWidget
{
    Q_OBJECT

public:
    JobRowWidget(LectureJobs *jobs, const QString &key, QWidget *parent = nullptr);

    void display(const LectureJobs::Row &row);

    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
};

} // namespace lectern
