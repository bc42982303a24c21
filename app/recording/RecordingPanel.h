#pragma once

#include "recording/Recorder.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lectern {

class LevelMeter;
class LiveTranscript;
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

    // Makes the rough transcript shown while recording, or nullptr when there is none to make
    // (no Groq key): then the transcript area stays hidden.
    using LiveTranscriptFactory = std::function<LiveTranscript *(const RecordingDetails &details, QObject *parent)>;
    void setLiveTranscriptFactory(LiveTranscriptFactory factory) { m_makeLiveTranscript = std::move(factory); }
    // The full transcript of the finished recording is ready: the rough one gives way to it.
    void replaceLiveTranscript(const QString &message);

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
    QPlainTextEdit *liveTranscriptView() const { return m_liveText; }
    QLabel *liveTranscriptLabel() const { return m_liveLabel; }

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
    void startLiveTranscript(const RecordingDetails &details);

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
    LiveTranscriptFactory m_makeLiveTranscript;
    QPointer<LiveTranscript> m_live;
    QLabel *m_liveLabel;
    QPlainTextEdit *m_liveText;
};

} // namespace lectern
