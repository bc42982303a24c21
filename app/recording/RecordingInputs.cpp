#include "recording/RecordingInputs.h"

#include "recording/AudioInputSource.h"

#include <QAudioDevice>
#include <QMediaDevices>

namespace lectern {

MicrophoneInputs::MicrophoneInputs(QObject *parent) : RecordingInputs(parent)
{
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioInputsChanged, this, &RecordingInputs::inputsChanged);
}

QList<RecordingInputs::Input> MicrophoneInputs::inputs() const
{
    QList<Input> list;
    for (const QAudioDevice &device : QMediaDevices::audioInputs())
        list.append({QString::fromUtf8(device.id()), device.description(), device.isDefault()});
    return list;
}

std::unique_ptr<PcmSource> MicrophoneInputs::open(const QString &id)
{
    for (const QAudioDevice &device : QMediaDevices::audioInputs()) {
        if (QString::fromUtf8(device.id()) == id)
            return std::make_unique<AudioInputSource>(device);
    }
    return nullptr;
}

} // namespace lectern
