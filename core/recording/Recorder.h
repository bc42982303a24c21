#pragma once

#include "audio/Pcm.h"
#include "base/Result.h"
#include "recording/RecordingFile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QLockFile;
class QThread;

namespace lectern {

class PcmSource;
class RecordingEncoder;

// Records a lecture from a PcmSource into an in-progress Ogg Opus file in the library's
// recordings/ folder. Encoding runs on a worker thread and the file is flushed and synced at least
// every kFlushIntervalMs, so a crash loses no more than that; the sidecar written first and the
// lock held while recording let RecordingRecovery find the file after a crash.
//
//   recorder.start(std::make_unique<AudioInputSource>(device), {courseId});
//   connect(&recorder, &Recorder::levelChanged, meter, &LevelMeter::setLevel);
//   recorder.stop();  // finished(recording) follows once the file is complete
//
// Stopping does not import: RecordingImport turns the finished file into a lecture.
class Recorder : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Recording,
        Paused,
        // Stopped, the encoder is writing the end of the file.
        Finishing,
    };
    Q_ENUM(State)

    static constexpr qint64 kFlushIntervalMs = 500;

    explicit Recorder(const QString &recordingsFolder, QObject *parent = nullptr);
    // A recording still running is closed as a complete file and left for recovery.
    ~Recorder() override;

    // Starts recording from `source` (taken over; it is started here). Fails when the folder or
    // the file cannot be written, the source's format is not Lectern's, or the source will not start.
    Status start(std::unique_ptr<PcmSource> source, const RecordingDetails &details = {});
    void pause();
    void resume();
    // Stops the source and finishes the file; finished() or errorOccurred() follows.
    void stop();

    State state() const { return m_state; }
    // Audio kept so far (pauses are not counted).
    qint64 elapsedMs() const { return pcmSamplesToMs(m_samplesKept); }
    const RecordingFile &recording() const { return m_recording; }
    PcmSource *source() const { return m_source.get(); }
    QString folder() const { return m_folder; }

signals:
    void stateChanged(lectern::Recorder::State state);
    // The loudness of the latest block, 0..1 of full scale (RMS and peak); zero while paused.
    void levelChanged(double rms, double peak);
    void elapsedChanged(qint64 elapsedMs);
    // Audio that went into the recording (none while paused), e.g. for a live transcript.
    void samplesRecorded(const lectern::PcmSamples &samples);
    // The file is complete and no longer locked.
    void finished(const lectern::RecordingFile &recording);
    // Recording stopped on an error (the disk is full, the microphone went away). What was
    // written stays in the folder for RecordingRecovery.
    void errorOccurred(const QString &message);

private:
    void onSamples(const PcmSamples &samples);
    void onSourceError(const QString &message);
    void onEncoderFinished();
    void onEncoderFailed(const QString &message);
    void setState(State state);
    void stopWorker();

    QString m_folder;
    State m_state = State::Idle;
    RecordingFile m_recording;
    std::unique_ptr<PcmSource> m_source;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QThread> m_thread;
    QPointer<RecordingEncoder> m_encoder;
    qint64 m_samplesKept = 0;
};

} // namespace lectern
