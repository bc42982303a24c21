#pragma once

#include "audio/DecodedAudio.h"
#include "base/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace lectern {

struct DecodeJobState;

// Imports a recording: checks the file, hashes it (ContentHash) and decodes it to 16 kHz mono
// PCM in a worker thread with its own event loop, so the caller's thread never blocks.
//
//   auto *decoder = new AudioDecoder(this);
//   connect(decoder, &AudioDecoder::progressChanged, bar, ...);
//   connect(decoder, &AudioDecoder::finished, this, [decoder] {
//       Result<DecodedAudio> audio = decoder->takeResult();   // or an AudioError
//   });
//   decoder->start(path);
//
// Errors carry the AudioError codes: FileMissing, FileUnreadable, Empty, NotAudio,
// NoAudioTrack, TooLong, DecoderFailed, Cancelled.
class AudioDecoder : public QObject
{
    Q_OBJECT

public:
    using ProgressCallback = std::function<void(qint64 decodedMs, qint64 totalMs)>;

    explicit AudioDecoder(QObject *parent = nullptr);
    // Cancels a running decode and waits for the worker to stop.
    ~AudioDecoder() override;

    void setOptions(const DecodeOptions &options) { m_options = options; }
    const DecodeOptions &options() const { return m_options; }

    // Starts decoding `path`; false (and nothing happens) while another decode is running.
    bool start(const QString &path);
    // Stops the running decode soon; finished() follows with AudioError::Cancelled.
    void cancel();
    bool isRunning() const;

    // The outcome of the last decode, once finished() was emitted. Moves the PCM out.
    Result<DecodedAudio> takeResult();

    // Decodes in a worker thread and blocks until it is done, for the command line and tests.
    // Never call it from the UI thread. `onProgress` is called from the worker thread.
    static Result<DecodedAudio> decodeFile(const QString &path, const DecodeOptions &options = {},
                                           const ProgressCallback &onProgress = {});

signals:
    // decodedMs of audio are done out of totalMs (-1 while the length is unknown).
    void progressChanged(qint64 decodedMs, qint64 totalMs);
    void finished();

private:
    void onThreadFinished();

    DecodeOptions m_options;
    QString m_path;
    QThread *m_thread = nullptr;
    std::shared_ptr<DecodeJobState> m_state;
    std::optional<Result<DecodedAudio>> m_result;
};

} // namespace lectern
