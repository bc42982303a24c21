#pragma once

#include "audio/PcmConverter.h"
#include "recording/PcmSource.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QPointer>

#include <memory>

class QAudioSource;
class QIODevice;

namespace lectern {

// A microphone through QAudioSource: reads the device in its preferred format (what it does
// best, without a backend conversion that may not exist) and converts to 16 kHz mono with
// PcmConverter as the data comes in. The only part of recording that needs Qt Multimedia.
class AudioInputSource : public PcmSource
{
    Q_OBJECT

public:
    explicit AudioInputSource(const QAudioDevice &device, QObject *parent = nullptr);
    ~AudioInputSource() override;

    PcmFormat format() const override { return {}; }
    QString description() const override;
    bool start() override;
    void stop() override;
    void pause() override;
    void resume() override;
    QString errorString() const override { return m_error; }

private:
    void readAvailable();
    void onStateChanged();

    QAudioDevice m_device;
    QAudioFormat m_format;
    std::unique_ptr<QAudioSource> m_source;
    QPointer<QIODevice> m_io;
    PcmConverter m_converter;
    PcmSamples m_converted;
    QString m_error;
    bool m_stopping = false;
};

} // namespace lectern
