#pragma once

#include "ai/StudyMaterialGenerator.h"

#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace lectern {

class StudyMaterialJobs;

// The strip above a tab of generated study material: Generate (or Regenerate once there is
// material), and while Groq works, what it is doing, how far it got or how long it waits, and
// Cancel. A failure stays in view with its reason and Retry until the next attempt.
class GenerationBar : public QWidget
{
    Q_OBJECT

public:
    GenerationBar(StudyMaterialJobs *jobs, StudyTask task, QWidget *parent = nullptr);

    void setLecture(const QString &lectureId);
    // Offers "Regenerate" instead of "Generate".
    void setHasMaterial(bool hasMaterial);

    StudyTask generationTask() const { return m_task; }
    bool isBusy() const;
    bool hasFailed() const;
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }

private:
    void generate();
    void update();
    QString workingText(int done, int total) const;
    QString idleText() const;
    QString failureTitle() const;

    StudyMaterialJobs *m_jobs;
    StudyTask m_task;
    QString m_lectureId;
    bool m_hasMaterial = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QFrame *m_failure;
    QLabel *m_failureTitle;
    QLabel *m_error;
    QPushButton *m_retry;
};

} // namespace lectern
