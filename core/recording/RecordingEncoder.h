#pragma once

#include "audio/OggOpusWriter.h"
#include "audio/Pcm.h"
#include "base/Result.h"

#include <QObject>
#include <QTimer>

namespace lectern {

// The Recorder's worker: encodes blocks of PCM to the in-progress Ogg Opus file on its own
// thread, so a slow disk never stalls the UI or drops microphone data. Pages reach the disk (and
// are synced) every `flushIntervalMs` of audio and at the same interval of wall-clock time, which
// bounds what a crash or power cut can take.
class RecordingEncoder : public QObject
{
    Q_OBJECT

public:
    explicit RecordingEncoder(qint64 flushIntervalMs, QObject *parent = nullptr);
    ~RecordingEncoder() override;

    // Called before the encoder moves to its thread.
    Status open(const QString &path);
    // The rest run on the encoder's thread.
    void startFlushing();
    void write(const PcmSamples &samples);
    void finish();

signals:
    // Writing failed; the encoder is closed and what reached the disk stays recoverable.
    void failed(const QString &message);
    // finish() completed: the file is a complete stream.
    void finished();

private:
    void flushIfNeeded();

    OggOpusWriter m_writer;
    QTimer m_flushTimer;
    qint64 m_flushedSamples = 0;
    bool m_failed = false;
};

} // namespace lectern
