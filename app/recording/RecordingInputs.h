#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace lectern {

class PcmSource;

// The inputs the student can record from, for the recording panel's picker: the machine's
// microphones (MicrophoneInputs), or in tests and demonstrations a file that plays like one.
class RecordingInputs : public QObject
{
    Q_OBJECT

public:
    struct Input
    {
        QString id;
        QString name;
        bool isDefault = false;
    };

    using QObject::QObject;

    virtual QList<Input> inputs() const = 0;
    // A source for the input `id` (one of inputs()); nullptr if it has gone meanwhile.
    virtual std::unique_ptr<PcmSource> open(const QString &id) = 0;

signals:
    // A microphone was plugged in or removed.
    void inputsChanged();
};

// The audio inputs Qt Multimedia knows about (QMediaDevices), recorded through QAudioSource.
class MicrophoneInputs : public RecordingInputs
{
    Q_OBJECT

public:
    explicit MicrophoneInputs(QObject *parent = nullptr);

    QList<Input> inputs() const override;
    std::unique_ptr<PcmSource> open(const QString &id) override;
};

} // namespace lectern
