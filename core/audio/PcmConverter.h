#pragma once

#include "audio/Pcm.h"

#include <QAudioFormat>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QAudioBuffer;

namespace lectern {

// Turns decoded audio, in whatever sample rate, channel count and sample format a backend hands
// out, into Lectern's 16 kHz mono int16, as a stream: only the current block is held at the
// source rate. Channels are averaged; rate conversion is libsoxr's high-quality resampler, which
// keeps its state between blocks so block boundaries leave no clicks.
class PcmConverter
{
    Q_DECLARE_TR_FUNCTIONS(lectern::PcmConverter)

public:
    PcmConverter();
    ~PcmConverter();
    PcmConverter(const PcmConverter &) = delete;
    PcmConverter &operator=(const PcmConverter &) = delete;

    // Appends the converted form of `frames` frames of `format` audio to `out`. False (see
    // errorString()) for a format that cannot be converted or a resampler failure.
    bool push(const void *data, qsizetype frames, const QAudioFormat &format, PcmSamples &out);
    bool push(const QAudioBuffer &buffer, PcmSamples &out);
    // Inserts silence lasting `durationUs`, to keep the output on the source's timeline where
    // the source leaves a gap (an AAC stream whose first packet starts after zero, for example).
    void pushSilence(qint64 durationUs, PcmSamples &out);
    // Flushes the samples the resampler still holds (its filter delay). Call once at the end;
    // push() may be called again afterwards to start a new stream.
    void finish(PcmSamples &out);

    // Source time consumed so far, silence included.
    qint64 inputDurationUs() const;
    QString errorString() const { return m_error; }

private:
    bool resample(const float *mono, qsizetype frames, PcmSamples &out);
    void drainResampler(PcmSamples &out);
    bool setInputRate(int rate, PcmSamples &out);

    struct Resampler;
    std::unique_ptr<Resampler> m_resampler;
    int m_inputRate = 0;
    double m_inputSeconds = 0;
    std::vector<float> m_mono;
    QString m_error;
};

} // namespace lectern
