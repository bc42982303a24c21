#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <span>

namespace lectern::fake {

// Canonical 16-bit PCM RIFF/WAVE, for fixtures generated at test time.
class WavWriter
{
public:
    static QByteArray encode(std::span<const qint16> samples, int sampleRate = 16000, int channels = 1);
    static Status writeFile(const QString &path, std::span<const qint16> samples, int sampleRate = 16000, int channels = 1);
};

} // namespace lectern::fake
