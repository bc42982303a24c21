#pragma once

#include "audio/DecodedAudio.h"
#include "audio/PcmConverter.h"
#include "base/Result.h"

#include <QAudioDecoder>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace lectern {

class DecodeJob;

// What a decode job and whoever waits for it share across the thread boundary.
struct DecodeJobState
{
    std::atomic_bool cancelled{false};
    QMutex mutex;
    DecodeJob *job = nullptr;                       // guarded by mutex; null once the job is gone
    std::optional<Result<DecodedAudio>> result;     // guarded by mutex; set before done()

    // Asks the job to stop; safe from any thread, before, during or after the job runs.
    void cancel();
};

// Decodes one file inside a worker thread that runs an event loop (QAudioDecoder delivers its
// buffers through it). Internal to AudioDecoder; lives and dies in the worker thread.
class DecodeJob : public QObject
{
    Q_OBJECT

public:
    DecodeJob(const QString &path, const DecodeOptions &options, std::shared_ptr<DecodeJobState> state);
    ~DecodeJob() override;

    void run();
    void cancel();

signals:
    void progressChanged(qint64 decodedMs, qint64 totalMs);
    // The result is in the shared state and the decoder is gone: the thread may stop.
    void done();

private:
    void onBufferReady();
    void onDurationChanged(qint64 durationMs);
    void onFinished();
    void onError(QAudioDecoder::Error error);
    void reportProgress(bool force);
    // Adds the samples decoded since the last call to the envelope, when one was asked for.
    void measureNewSamples();
    bool cancelled() const;
    void complete(Result<DecodedAudio> result);

    QString m_path;
    DecodeOptions m_options;
    std::shared_ptr<DecodeJobState> m_state;
    std::unique_ptr<QAudioDecoder> m_decoder;
    PcmConverter m_converter;
    DecodedAudio m_audio;
    qint64 m_buffers = 0;
    qint64 m_measuredSamples = 0;
    QElapsedTimer m_sinceProgress;
    bool m_completed = false;
};

} // namespace lectern
