#pragma once

#include "audio/Pcm.h"

#include <QObject>
#include <QString>

namespace lectern {

// What a source hands out: always Lectern's working format today (16 kHz mono int16), said
// explicitly so a recorder can refuse a source that disagrees instead of writing noise.
struct PcmFormat
{
    int sampleRate = kPcmSampleRate;
    int channels = 1;

    friend bool operator==(const PcmFormat &, const PcmFormat &) = default;
};

// Where a recording's audio comes from: a microphone (AudioInputSource) or, in tests, a file
// (FilePcmSource). A source converts whatever it reads to its format() and emits it in blocks
// on the thread it lives in, so the Recorder never needs to know which kind it has.
class PcmSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PcmSource() override = default;

    virtual PcmFormat format() const = 0;
    // A name for the student ("Built-in microphone").
    virtual QString description() const = 0;
    // False (and errorOccurred() is not emitted) when the source cannot start at all.
    virtual bool start() = 0;
    virtual void stop() = 0;
    // While paused no blocks are emitted; what the source hears meanwhile is not kept.
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual QString errorString() const = 0;

signals:
    void samplesReady(const lectern::PcmSamples &samples);
    // The source stopped by itself: the device went away, or a file ran out.
    void errorOccurred(const QString &message);
    void ended();
};

} // namespace lectern
