// codec_fidelity: what each way of encoding transcription chunks costs and keeps.
//
// A recording (any format Lectern imports) is encoded whole by ChunkEncoder with each candidate
// setting and decoded again. For each setting it prints the encoder's speed on one core, the
// bytes per audio hour, and how far the decoded audio lies from the original in what the
// recogniser hears: Whisper's input, 80 log-mel bands from 25 ms windows every 10 ms, normalised
// as Whisper does (log10, floored 8 below the loudest band, then (x + 4) / 4). The baseline is the
// original itself (distance 0); a lower distance is closer to it.
//
//   codec_fidelity RECORDING        e.g. a few minutes of a real lecture, as WAV or MP3
//
// Exit status: 0 when every setting encoded and decoded, 1 otherwise, 2 on a usage error.
#include "audio/AudioDecoder.h"
#include "audio/ChunkEncoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

using namespace lectern;

namespace {

constexpr int kWindow = 400;   // 25 ms at 16 kHz
constexpr int kHop = 160;      // 10 ms
constexpr int kFft = 512;
constexpr int kBands = 80;
constexpr double kTopHz = 8000;

void fft(std::vector<std::complex<double>> &a)
{
    const size_t n = a.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (size_t length = 2; length <= n; length <<= 1) {
        const std::complex<double> step = std::polar(1.0, -2 * std::numbers::pi / double(length));
        for (size_t i = 0; i < n; i += length) {
            std::complex<double> w = 1;
            for (size_t k = 0; k < length / 2; ++k, w *= step) {
                const std::complex<double> u = a[i + k];
                const std::complex<double> v = a[i + k + length / 2] * w;
                a[i + k] = u + v;
                a[i + k + length / 2] = u - v;
            }
        }
    }
}

double hzToMel(double hz) { return 2595 * std::log10(1 + hz / 700); }
double melToHz(double mel) { return 700 * (std::pow(10, mel / 2595) - 1); }

// Whisper's features of `pcm`: one row of kBands values every 10 ms.
std::vector<std::vector<double>> logMel(PcmView pcm)
{
    std::vector<double> edges(kBands + 2);
    for (int i = 0; i < kBands + 2; ++i)
        edges[size_t(i)] = melToHz(hzToMel(kTopHz) * i / (kBands + 1));
    std::vector<std::vector<double>> rows;
    double loudest = -1e9;
    for (size_t start = 0; start + kWindow <= pcm.size(); start += kHop) {
        std::vector<std::complex<double>> bins(kFft);
        for (int i = 0; i < kWindow; ++i) {
            const double hann = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * i / kWindow);
            bins[size_t(i)] = pcm[start + size_t(i)] / 32768.0 * hann;
        }
        fft(bins);
        std::vector<double> row(kBands);
        for (int band = 0; band < kBands; ++band) {
            const double low = edges[size_t(band)], centre = edges[size_t(band) + 1], high = edges[size_t(band) + 2];
            double energy = 0;
            for (int k = 0; k <= kFft / 2; ++k) {
                const double hz = k * double(kPcmSampleRate) / kFft;
                const double weight = hz > low && hz < centre ? (hz - low) / (centre - low)
                                      : hz >= centre && hz < high ? (high - hz) / (high - centre)
                                                                  : 0.0;
                energy += weight * std::norm(bins[size_t(k)]);
            }
            row[size_t(band)] = std::log10(std::max(energy, 1e-10));
            loudest = std::max(loudest, row[size_t(band)]);
        }
        rows.push_back(std::move(row));
    }
    for (std::vector<double> &row : rows)
        for (double &value : row)
            value = (std::max(value, loudest - 8) + 4) / 4;
    return rows;
}

double distance(const std::vector<std::vector<double>> &a, const std::vector<std::vector<double>> &b)
{
    double sum = 0;
    size_t count = 0;
    for (size_t row = 0; row < std::min(a.size(), b.size()); ++row) {
        for (int band = 0; band < kBands; ++band) {
            const double d = a[row][size_t(band)] - b[row][size_t(band)];
            sum += d * d;
            ++count;
        }
    }
    return count ? std::sqrt(sum / double(count)) : 0.0;
}

struct Setting
{
    const char *name;
    ChunkEncoder::Options options;
};

ChunkEncoder::Options options(ChunkEncoder::Options::Coder coder, int complexity, int bitrate)
{
    ChunkEncoder::Options o;
    o.coder = coder;
    o.complexity = complexity;
    o.bitrate = bitrate;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lectern.audio.debug=false\nlectern.audio.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2 || arguments[1].startsWith(u'-')) {
        err << "usage: codec_fidelity RECORDING\n";
        return 2;
    }
    const Result<DecodedAudio> original = AudioDecoder::decodeFile(arguments[1]);
    if (!original) {
        err << "codec_fidelity: " << original.error().message << '\n';
        return 1;
    }
    const PcmView pcm(original->pcm);
    const qint64 durationMs = pcmSamplesToMs(qint64(pcm.size()));
    const auto reference = logMel(pcm);
    QTemporaryDir dir;

    using Coder = ChunkEncoder::Options::Coder;
    const ChunkEncoder::Options defaults;
    const Setting settings[] = {
        {"default (transform coder, complexity 0)", defaults},
        {"speech coder, complexity 1", options(Coder::Speech, 1, defaults.bitrate)},
        {"speech coder, complexity 10", options(Coder::Speech, 10, defaults.bitrate)},
        {"transform coder, complexity 0, 32 kbit/s", options(Coder::Transform, 0, 32000)},
    };
    out << "codec fidelity of " << arguments[1] << " (" << QString::number(double(durationMs) / 1000, 'f', 1)
        << " s), encoded whole at " << defaults.bitrate / 1000 << " kbit/s unless said\n"
        << "distance: RMS difference from the original in Whisper's normalised log-mel features (0 = the original)\n\n"
        << QStringLiteral("setting").leftJustified(44) << QStringLiteral("x real time").rightJustified(12)
        << QStringLiteral("MB/hour").rightJustified(10) << QStringLiteral("distance").rightJustified(10) << '\n';
    bool ok = true;
    for (const Setting &setting : settings) {
        // A short recording encodes in milliseconds: repeat it for half a second of work, so the
        // speed is not the first run's cold caches.
        QElapsedTimer clock;
        clock.start();
        Result<QByteArray> bytes = ChunkEncoder::encode(pcm, AudioChunk{0, 0, durationMs}, setting.options);
        int runs = 1;
        while (bytes && clock.elapsed() < 500) {
            bytes = ChunkEncoder::encode(pcm, AudioChunk{0, 0, durationMs}, setting.options);
            ++runs;
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9 / runs;
        if (!bytes) {
            err << setting.name << ": " << bytes.error().message << '\n';
            ok = false;
            continue;
        }
        QFile file(dir.filePath(QStringLiteral("encoded.opus")));
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
            err << setting.name << ": cannot write " << file.fileName() << '\n';
            ok = false;
            continue;
        }
        file.close();
        const Result<DecodedAudio> decoded = AudioDecoder::decodeFile(file.fileName());
        if (!decoded) {
            err << setting.name << ": " << decoded.error().message << '\n';
            ok = false;
            continue;
        }
        const double audioSeconds = double(durationMs) / 1000;
        out << QString::fromUtf8(setting.name).leftJustified(44)
            << QString::number(audioSeconds / seconds, 'f', 0).rightJustified(12)
            << QString::number(double(bytes->size()) / 1e6 * 3600 / audioSeconds, 'f', 2).rightJustified(10)
            << QString::number(distance(reference, logMel(PcmView(decoded->pcm))), 'f', 3).rightJustified(10) << '\n';
    }
    return ok ? 0 : 1;
}
