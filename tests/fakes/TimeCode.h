#pragma once

#include <QList>
#include <QtGlobal>

#include <span>
#include <vector>

namespace lectern::fake {

// Test audio that says what time it is. Second n of a generated lecture starts with a burst that
// encodes n: an 80 ms sync tone, then 24 FSK bits of 25 ms each (n as 16 bits, least significant
// first, then a CRC-8 of n), then silence until the next second. The burst lasts 680 ms and
// leaves 320 ms of silence where a chunk cut can land. Tones sit between 600 and 1600 Hz with
// short fades, so they survive Ogg Opus at 24 kbit/s; bits are read by Goertzel filters on the
// middle of each bit, so a few milliseconds of codec delay or smear do not matter.
//
// The fake Groq server finds these codes in whatever window of a lecture it receives and answers
// "s<n>" with the time the code was found in the upload, the way Whisper reports words.
namespace timecode {
inline constexpr int kSampleRate = 16000;
inline constexpr int kSyncHz = 600;
inline constexpr int kZeroHz = 1000;
inline constexpr int kOneHz = 1600;
inline constexpr int kSyncMs = 80;
inline constexpr int kBitMs = 25;
inline constexpr int kDataBits = 16;
inline constexpr int kCheckBits = 8;
inline constexpr int kBurstMs = kSyncMs + (kDataBits + kCheckBits) * kBitMs; // 680
inline constexpr int kMaxSecond = (1 << kDataBits) - 1;
} // namespace timecode

struct DetectedTimeCode
{
    int second = 0;       // the lecture second the burst names
    qint64 startMs = 0;   // where the burst starts in the analysed audio
    qint64 endMs = 0;     // where it ends

    friend bool operator==(const DetectedTimeCode &, const DetectedTimeCode &) = default;
};

class TimeCodedAudio
{
public:
    // 16 kHz mono PCM for lecture seconds [firstSecond, firstSecond + seconds).
    static std::vector<qint16> generate(int firstSecond, int seconds, double amplitude = 0.3);
    // One second of lecture audio (burst + silence), appended to `out`.
    static void appendSecond(std::vector<qint16> &out, int second, double amplitude = 0.3);
    static quint8 checksum(quint16 value);
};

class TimeCodeDetector
{
public:
    // Every intact code in `pcm` (mono, `sampleRate` Hz), in order of time. Bursts cut by the
    // window's edges or damaged beyond recognition are left out, never guessed.
    static QList<DetectedTimeCode> detect(std::span<const qint16> pcm, int sampleRate = timecode::kSampleRate);
};

} // namespace lectern::fake
