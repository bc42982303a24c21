#include "TimeCode.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lectern::fake {

using namespace timecode;

namespace {

constexpr int kFadeMs = 3;

// Appends a tone with raised-cosine fades so the codec sees no clicks; the phase runs on across
// calls so adjacent bits join smoothly.
void appendTone(std::vector<qint16> &out, int hz, int ms, double amplitude, double &phase)
{
    const int samples = kSampleRate * ms / 1000;
    const int fade = kSampleRate * kFadeMs / 1000;
    const double step = 2.0 * std::numbers::pi * hz / kSampleRate;
    for (int i = 0; i < samples; ++i) {
        double gain = amplitude;
        if (i < fade)
            gain *= 0.5 - 0.5 * std::cos(std::numbers::pi * i / fade);
        else if (i >= samples - fade)
            gain *= 0.5 - 0.5 * std::cos(std::numbers::pi * (samples - 1 - i) / fade);
        out.push_back(qint16(std::lround(gain * 32767.0 * std::sin(phase))));
        phase += step;
    }
    phase = std::fmod(phase, 2.0 * std::numbers::pi);
}

// Signal power at `hz` over pcm[begin, end), normalised by length.
double goertzel(std::span<const qint16> pcm, qsizetype begin, qsizetype end, double hz, int sampleRate)
{
    const double coefficient = 2.0 * std::cos(2.0 * std::numbers::pi * hz / sampleRate);
    double s1 = 0, s2 = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const double s0 = double(pcm[size_t(i)]) / 32768.0 + coefficient * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double n = double(end - begin);
    return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / (n * n);
}

// Reads one tone slot: which of the candidate frequencies clearly dominates, or -1.
int dominantTone(std::span<const qint16> pcm, qsizetype slotStart, qsizetype slotLength, std::initializer_list<int> candidates,
                 int sampleRate)
{
    // The middle 60 % of the slot: away from fades and from a few ms of misalignment.
    const qsizetype margin = slotLength / 5;
    const qsizetype begin = slotStart + margin;
    const qsizetype end = slotStart + slotLength - margin;
    if (begin < 0 || end > qsizetype(pcm.size()))
        return -1;
    int best = -1;
    double bestPower = 0, secondPower = 0;
    for (int hz : candidates) {
        const double power = goertzel(pcm, begin, end, hz, sampleRate);
        if (power > bestPower) {
            secondPower = bestPower;
            bestPower = power;
            best = hz;
        } else if (power > secondPower) {
            secondPower = power;
        }
    }
    // A clean tone of amplitude a has power a²/4; demand a clear winner over a floor.
    if (bestPower < 1e-4 || bestPower < 6.0 * secondPower)
        return -1;
    return best;
}

} // namespace

quint8 TimeCodedAudio::checksum(quint16 value)
{
    // CRC-8, polynomial x^8 + x^2 + x + 1.
    quint8 crc = 0;
    for (quint8 byte : {quint8(value & 0xff), quint8(value >> 8)}) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = quint8((crc & 0x80) ? (crc << 1) ^ 0x07 : crc << 1);
    }
    return crc;
}

void TimeCodedAudio::appendSecond(std::vector<qint16> &out, int second, double amplitude)
{
    Q_ASSERT(second >= 0 && second <= kMaxSecond);
    const size_t start = out.size();
    double phase = 0;
    appendTone(out, kSyncHz, kSyncMs, amplitude, phase);
    const quint16 value = quint16(second);
    const quint8 check = checksum(value);
    for (int bit = 0; bit < kDataBits; ++bit)
        appendTone(out, (value >> bit) & 1 ? kOneHz : kZeroHz, kBitMs, amplitude, phase);
    for (int bit = 0; bit < kCheckBits; ++bit)
        appendTone(out, (check >> bit) & 1 ? kOneHz : kZeroHz, kBitMs, amplitude, phase);
    out.resize(start + kSampleRate, 0);
}

std::vector<qint16> TimeCodedAudio::generate(int firstSecond, int seconds, double amplitude)
{
    std::vector<qint16> pcm;
    pcm.reserve(size_t(seconds) * kSampleRate);
    for (int n = 0; n < seconds; ++n)
        appendSecond(pcm, firstSecond + n, amplitude);
    return pcm;
}

QList<DetectedTimeCode> TimeCodeDetector::detect(std::span<const qint16> pcm, int sampleRate)
{
    QList<DetectedTimeCode> found;
    const qsizetype frame = sampleRate / 500; // 2 ms
    const qsizetype frames = qsizetype(pcm.size()) / frame;
    const qsizetype syncLength = qsizetype(sampleRate) * kSyncMs / 1000;
    const qsizetype bitLength = qsizetype(sampleRate) * kBitMs / 1000;
    const qsizetype burstLength = qsizetype(sampleRate) * kBurstMs / 1000;
    constexpr double kActiveRms = 1000.0; // about -30 dBFS; the bursts are at -13 dBFS
    constexpr int kQuietFramesBefore = 10; // 20 ms of quiet precede every burst

    auto frameIsActive = [&](qsizetype index) {
        double sum = 0;
        for (qsizetype i = index * frame; i < (index + 1) * frame; ++i)
            sum += double(pcm[size_t(i)]) * pcm[size_t(i)];
        return std::sqrt(sum / double(frame)) >= kActiveRms;
    };

    int quietRun = kQuietFramesBefore; // the window's start counts as quiet: a burst may begin there
    qsizetype index = 0;
    while (index < frames) {
        if (!frameIsActive(index)) {
            ++quietRun;
            ++index;
            continue;
        }
        if (quietRun < kQuietFramesBefore) {
            quietRun = 0;
            ++index;
            continue;
        }
        quietRun = 0;
        const qsizetype start = index * frame;
        if (start + burstLength > qsizetype(pcm.size()))
            break;
        bool intact = dominantTone(pcm, start, syncLength, {kSyncHz, kZeroHz, kOneHz}, sampleRate) == kSyncHz;
        quint32 bits = 0;
        for (int bit = 0; intact && bit < kDataBits + kCheckBits; ++bit) {
            const int tone = dominantTone(pcm, start + syncLength + bit * bitLength, bitLength, {kZeroHz, kOneHz, kSyncHz}, sampleRate);
            if (tone == kOneHz)
                bits |= 1u << bit;
            else if (tone != kZeroHz)
                intact = false;
        }
        const quint16 value = quint16(bits & 0xffff);
        if (intact && quint8(bits >> kDataBits) == TimeCodedAudio::checksum(value)) {
            found.append(DetectedTimeCode{int(value), qint64(start) * 1000 / sampleRate,
                                          qint64(start + burstLength) * 1000 / sampleRate});
            index += burstLength / frame; // skip the burst; the silence after it rebuilds quietRun
        } else {
            ++index;
        }
    }
    return found;
}

} // namespace lectern::fake
