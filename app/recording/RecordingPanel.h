#pragma once

#include "recording/Recorder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace lectern {

class LevelMeter;
class LibraryTreeModel;
class RecordingInputs;

// The recording screen: which course and which microphone, then Record, Pause/Resume and Stop,
// with the time recorded and a level meter so the student sees that the microphone hears the
// lecturer. The panel only records; what happens to a finished recording is the controller's.
class RecordingPanel : public QWidget
{
    Q_OBJECT

public:
    // `courses` lists the courses to choose from; `inputs` the microphones (owned by the caller).
    RecordingPanel(LibraryTreeModel *courses, RecordingInputs *inputs, const QString &recordingsFolder,
                   QWidget *parent = nullptr);
    ~RecordingPanel() override;

    Recorder *recorder() const { return m_recorder; }
    bool isRecording() const { return m_recorder->state() != Recorder::State::Idle; }
    // The course a new recording goes to (empty: none); kept while a recording runs.
    void selectCourse(const QString &courseId);
    QString selectedCourse() const;

    QComboBox *courseBox() const { return m_courseBox; }
    QComboBox *inputBox() const { return m_inputBox; }
    QPushButton *recordButton() const { return m_recordButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QLabel *elapsedLabel() const { return m_elapsedLabel; }
    QLabel *stateLabel() const { return m_stateLabel; }
    LevelMeter *levelMeter() const { return m_meter; }

public slots:
    void record();
    void togglePause();
    void stop();

signals:
    void recordingFinished(const lectern::RecordingFile &recording);
    void recordingStateChanged(bool recording);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadCourses();
    void reloadInputs();
    void updateControls();
    void showElapsed(qint64 ms);
    void showMessage(const QString &message, bool problem);
    void updateIcons();

    LibraryTreeModel *m_courses;
    RecordingInputs *m_inputs;
    Recorder *m_recorder;
    QComboBox *m_courseBox;
    QComboBox *m_inputBox;
    QLabel *m_stateLabel;
    QLabel *m_elapsedLabel;
    LevelMeter *m_meter;
    QLabel *m_message;
    QPushButton *m_recordButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stopButton;
    QString m_wantedCourse;
};

} // namespace lectern
