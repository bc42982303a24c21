#pragma once

#include "audio/Pcm.h"
#include "base/Result.h"
#include "recording/PcmSource.h"

#include <QTimer>

namespace lectern {

// A stand-in microphone that plays PCM (usually a decoded file) in blocks on a timer, for tests
// and demonstrations. Like a microphone in a lecture hall, its timeline runs on while paused: the
// blocks of a pause are dropped, not postponed, so a test can tell "paused" from "slow".
class FilePcmSource : public PcmSource
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 blockMs = 100;
        // 1: real time; 4: four times faster (a block every blockMs / 4).
        double speed = 1.0;
    };

    FilePcmSource(PcmSamples samples, const QString &description, const Options &options, QObject *parent = nullptr);
    FilePcmSource(PcmSamples samples, const QString &description, QObject *parent = nullptr);
    // Decodes `path` (any importable recording) to Lectern's format; blocks, so not on a UI thread.
    static Result<PcmSamples> decodeFile(const QString &path);

    PcmFormat format() const override { return {}; }
    QString description() const override { return m_description; }
    bool start() override;
    void stop() override;
    void pause() override;
    void resume() override;
    QString errorString() const override { return {}; }

    // How far through the PCM the source has got, paused stretches included.
    qint64 positionMs() const { return pcmSamplesToMs(m_position); }
    qint64 totalMs() const { return pcmSamplesToMs(qint64(m_samples.size())); }
    bool isPaused() const { return m_paused; }

signals:
    // After each block, emitted or dropped: the position in the PCM.
    void positionChanged(qint64 positionMs);

private:
    void feedBlock();

    PcmSamples m_samples;
    QString m_description;
    Options m_options;
    QTimer m_timer;
    qint64 m_position = 0;
    bool m_paused = false;
};

} // namespace lectern
