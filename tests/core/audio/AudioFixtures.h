#pragma once

#include "QtPrinters.h"

#include "audio/Pcm.h"
#include "base/Result.h"

#include <QString>
#include <QStringList>

#include <ostream>

namespace lectern::test {

// Test recordings made on the fly with the command-line media tools (sox, espeak-ng, ffmpeg),
// so no binary fixtures live in the repository. A missing tool is an error naming the Debian
// package to install: tests fail on it instead of silently skipping.
class AudioFixtures
{
public:
    explicit AudioFixtures(const QString &directory);

    QString path(const QString &name) const;

    // Synthetic speech (espeak-ng) padded with pauses to exactly `seconds`, as a WAV file.
    Result<QString> speechWav(const QString &name, double seconds, int sampleRate = 16000, int channels = 1) const;
    // A sine tone of `frequency` Hz; with `channels` == 2 and `invertRight`, the right channel
    // is the left one upside down (so a correct downmix cancels to silence).
    Result<QString> toneWav(const QString &name, double seconds, int frequency, int sampleRate, int channels,
                            bool invertRight = false) const;
    // `source` re-encoded by ffmpeg with `codecArguments` (e.g. {"-c:a", "libvorbis"}).
    Result<QString> convert(const QString &source, const QString &name, const QStringList &codecArguments) const;
    // `samples` of mono 16-bit audio at `sampleRate` as a WAV file, written directly (faster
    // than sox for long recordings).
    Result<QString> pcmWav(const QString &name, PcmView samples, int sampleRate) const;
    // A sine tone at 8 kHz, `seconds` long, written directly.
    Result<QString> longToneWav(const QString &name, double seconds) const;
    // The 44-byte header of a 16-bit PCM WAV file holding `dataBytes` of samples.
    static QByteArray wavHeader(int sampleRate, int channels, quint32 dataBytes);
    // A video file with no sound track.
    Result<QString> videoWithoutSound(const QString &name) const;

    // Runs a tool to completion; an error names the package that provides it.
    static Status run(const QString &program, const QString &package, const QStringList &arguments);

private:
    QString m_directory;
};

// How many times the signal crosses zero: twice the frequency per second for a clean tone.
qint64 zeroCrossings(PcmView pcm);
// Root mean square level, 0..1 of full scale.
double rms(PcmView pcm);

} // namespace lectern::test
