#include "WavWriter.h"

#include <QFile>
#include <QtEndian>

namespace lectern::fake {

namespace {

void putLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void putLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QByteArray WavWriter::encode(std::span<const qint16> samples, int sampleRate, int channels)
{
    const quint32 dataBytes = quint32(samples.size() * sizeof(qint16));
    QByteArray out;
    out.reserve(qsizetype(44 + dataBytes));
    out.append("RIFF");
    putLe32(out, 36 + dataBytes);
    out.append("WAVE");
    out.append("fmt ");
    putLe32(out, 16);
    putLe16(out, 1); // PCM
    putLe16(out, quint16(channels));
    putLe32(out, quint32(sampleRate));
    putLe32(out, quint32(sampleRate * channels * 2));
    putLe16(out, quint16(channels * 2));
    putLe16(out, 16);
    out.append("data");
    putLe32(out, dataBytes);
    for (qint16 sample : samples)
        putLe16(out, quint16(sample));
    return out;
}

Status WavWriter::writeFile(const QString &path, std::span<const qint16> samples, int sampleRate, int channels)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("write_failed"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = encode(samples, sampleRate, channels);
    if (file.write(bytes) != bytes.size())
        return Error{QStringLiteral("write_failed"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace lectern::fake
