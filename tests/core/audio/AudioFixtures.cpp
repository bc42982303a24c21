#include "AudioFixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <cmath>

namespace lectern::test {

namespace {
const QString kSox = QStringLiteral("sox");
const QString kSoxPackage = QStringLiteral("sox");
const QString kFfmpeg = QStringLiteral("ffmpeg");
const QString kFfmpegPackage = QStringLiteral("ffmpeg");

// About ten seconds of lecture-like speech; repeated to fill longer recordings.
const QString kLectureText = QStringLiteral(
    "Good morning everyone. Today we look at the structure of the cell. The membrane keeps the "
    "inside apart from the outside, the nucleus holds the genetic material, and the mitochondria "
    "produce most of the energy the cell needs.");

QString number(double value)
{
    return QString::number(value, 'f', 3);
}
} // namespace

AudioFixtures::AudioFixtures(const QString &directory) : m_directory(directory) {}

QString AudioFixtures::path(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

Status AudioFixtures::run(const QString &program, const QString &package, const QStringList &arguments)
{
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        return Error{QStringLiteral("test.tool_missing"),
                     QStringLiteral("%1 is not installed; install the Debian package \"%2\"").arg(program, package)};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(240'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return Error{QStringLiteral("test.tool_failed"),
                     QStringLiteral("%1 %2 failed: %3")
                         .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAll()))};
    }
    return success();
}

Result<QString> AudioFixtures::speechWav(const QString &name, double seconds, int sampleRate, int channels) const
{
    const QString spoken = path(name + QStringLiteral(".espeak.wav"));
    if (Status s = run(QStringLiteral("espeak-ng"), QStringLiteral("espeak-ng"), {QStringLiteral("-w"), spoken, kLectureText});
        !s)
        return s.error();
    const QString out = path(name);
    const int repeats = int(std::ceil(seconds / 5.0));
    // repeat: enough speech (espeak leaves a pause at the end of each pass);
    // pad + trim: exactly `seconds` long.
    if (Status s = run(kSox, kSoxPackage,
                       {spoken, QStringLiteral("-r"), QString::number(sampleRate), QStringLiteral("-c"),
                        QString::number(channels), out, QStringLiteral("repeat"), QString::number(repeats),
                        QStringLiteral("pad"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("trim"),
                        QStringLiteral("0"), number(seconds)});
        !s)
        return s.error();
    return out;
}

Result<QString> AudioFixtures::toneWav(const QString &name, double seconds, int frequency, int sampleRate,
                                       int channels, bool invertRight) const
{
    const QString out = path(name);
    QStringList arguments{QStringLiteral("-n"), QStringLiteral("-r"), QString::number(sampleRate),
                          QStringLiteral("-c"), QString::number(channels), out,
                          QStringLiteral("synth"), number(seconds), QStringLiteral("sine"), QString::number(frequency),
                          QStringLiteral("vol"), QStringLiteral("0.5")};
    if (channels == 2 && invertRight)
        arguments << QStringLiteral("remix") << QStringLiteral("1") << QStringLiteral("1v-1");
    if (Status s = run(kSox, kSoxPackage, arguments); !s)
        return s.error();
    return out;
}

Result<QString> AudioFixtures::convert(const QString &source, const QString &name,
                                       const QStringList &codecArguments) const
{
    const QString out = path(name);
    QStringList arguments{QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                          QStringLiteral("-y"), QStringLiteral("-i"), source};
    arguments << codecArguments << out;
    if (Status s = run(kFfmpeg, kFfmpegPackage, arguments); !s)
        return s.error();
    return out;
}

QByteArray AudioFixtures::wavHeader(int sampleRate, int channels, quint32 dataBytes)
{
    QByteArray header;
    const auto put32 = [&header](quint32 v) {
        for (int i = 0; i < 4; ++i)
            header.append(char((v >> (8 * i)) & 0xff));
    };
    const auto put16 = [&header](quint16 v) { header.append(char(v & 0xff)).append(char(v >> 8)); };
    header.append("RIFF");
    put32(36 + dataBytes);
    header.append("WAVEfmt ");
    put32(16);
    put16(1); // PCM
    put16(quint16(channels));
    put32(quint32(sampleRate));
    put32(quint32(sampleRate * channels * 2));
    put16(quint16(channels * 2));
    put16(16);
    header.append("data");
    put32(dataBytes);
    return header;
}

Result<QString> AudioFixtures::pcmWav(const QString &name, PcmView samples, int sampleRate) const
{
    const QString out = path(name);
    QFile file(out);
    const auto bytes = quint32(samples.size() * sizeof(qint16));
    if (!file.open(QIODevice::WriteOnly) || file.write(wavHeader(sampleRate, 1, bytes)) != 44
        || file.write(reinterpret_cast<const char *>(samples.data()), bytes) != qint64(bytes)) {
        return Error{QStringLiteral("test.write_failed"), file.errorString()};
    }
    return out;
}

Result<QString> AudioFixtures::longToneWav(const QString &name, double seconds) const
{
    constexpr int kRate = 8000;
    PcmSamples tone(size_t(seconds * kRate));
    for (size_t i = 0; i < tone.size(); ++i)
        tone[i] = qint16(10000 * std::sin(2 * 3.14159265358979 * 440 * double(i) / kRate));
    return pcmWav(name, tone, kRate);
}

Result<QString> AudioFixtures::videoWithoutSound(const QString &name) const
{
    const QString out = path(name);
    if (Status s = run(kFfmpeg, kFfmpegPackage,
                       {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                        QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc=duration=3:size=64x64:rate=10"), QStringLiteral("-c:v"),
                        QStringLiteral("libvpx"), QStringLiteral("-an"), out});
        !s)
        return s.error();
    return out;
}

qint64 zeroCrossings(PcmView pcm)
{
    qint64 crossings = 0;
    for (size_t i = 1; i < pcm.size(); ++i) {
        if ((pcm[i - 1] < 0) != (pcm[i] < 0))
            ++crossings;
    }
    return crossings;
}

double rms(PcmView pcm)
{
    if (pcm.empty())
        return 0;
    double sum = 0;
    for (const qint16 s : pcm)
        sum += double(s) * double(s);
    return std::sqrt(sum / double(pcm.size())) / 32768.0;
}

} // namespace lectern::test
