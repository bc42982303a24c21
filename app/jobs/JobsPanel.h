#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace lectern {

class JobRowWidget;
class LectureJobs;

// Every import and transcription the app is running, each with its progress and a Cancel button;
// a failed one says why and offers Retry and Dismiss. Shown in a dock at the bottom of the window.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(LectureJobs *jobs, QWidget *parent = nullptr);

    // The row of a job (its file path or lecture id), or nullptr (for tests and accessibility).
    JobRowWidget *rowWidget(const QString &key) const { return m_rows.value(key); }
    int rowCount() const { return int(m_rows.size()); }

signals:
    // A job was added, so a hidden panel may want to show itself.
    void jobAdded();

private:
    void sync();

    LectureJobs *m_jobs;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QHash<QString, JobRowWidget *> m_rows;
};

} // namespace lectern
