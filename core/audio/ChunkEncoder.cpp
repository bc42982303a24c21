#include "audio/ChunkEncoder.h"

#include "audio/AudioError.h"
#include "audio/OggOpusMuxer.h"

#include <opus.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace lectern {

namespace {

constexpr int kFrameSamples = kPcmSampleRate / 50; // 20 ms
constexpr int kTo48k = 48000 / kPcmSampleRate;
// Generous for one 20 ms packet at any bitrate Opus allows.
constexpr int kMaxPacketBytes = 4000;

struct EncoderDeleter
{
    void operator()(OpusEncoder *encoder) const { opus_encoder_destroy(encoder); }
};

QString opusError(int code)
{
    return QString::fromUtf8(opus_strerror(code));
}

} // namespace

Result<QByteArray> ChunkEncoder::encode(PcmView lecture, const AudioChunk &chunk, const Options &options)
{
    const qint64 totalSamples = qint64(lecture.size());
    const qint64 durationMs = pcmSamplesToMs(totalSamples);
    if (chunk.startMs < 0 || chunk.endMs <= chunk.startMs || chunk.startMs >= durationMs || chunk.endMs > durationMs)
        return AudioError::invalidRange(chunk.startMs, chunk.endMs, durationMs);
    const qint64 first = pcmMsToSamples(chunk.startMs);
    // The plan ends the last chunk at the lecture's length rounded down to a millisecond; the
    // few samples after that belong to it too.
    const qint64 last = chunk.endMs == durationMs ? totalSamples : pcmMsToSamples(chunk.endMs);
    const PcmView audio = lecture.subspan(size_t(first), size_t(last - first));

    int status = OPUS_OK;
    const std::unique_ptr<OpusEncoder, EncoderDeleter> encoder(
        opus_encoder_create(kPcmSampleRate, 1,
                            options.coder == Options::Coder::Speech ? OPUS_APPLICATION_VOIP : OPUS_APPLICATION_RESTRICTED_LOWDELAY,
                            &status));
    if (!encoder || status != OPUS_OK)
        return AudioError::encodeFailed(opusError(status));
    opus_int32 lookahead = 0;
    for (const int result : {opus_encoder_ctl(encoder.get(), OPUS_SET_BITRATE(std::clamp(options.bitrate, 6000, 510000))),
                             opus_encoder_ctl(encoder.get(), OPUS_SET_COMPLEXITY(std::clamp(options.complexity, 0, 10))),
                             opus_encoder_ctl(encoder.get(), OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)),
                             opus_encoder_ctl(encoder.get(), OPUS_GET_LOOKAHEAD(&lookahead))}) {
        if (result != OPUS_OK)
            return AudioError::encodeFailed(opusError(result));
    }

    // The encoder's look-ahead delays everything; decoders skip it (pre-skip), and the audio is
    // followed by as much silence as it takes to get its last samples out of the encoder.
    OggOpusMuxer muxer(int(lookahead) * kTo48k, kPcmSampleRate);
    const qint64 toEncode = qint64(audio.size()) + lookahead;
    std::vector<opus_int16> frame(kFrameSamples);
    unsigned char packet[kMaxPacketBytes];
    for (qint64 offset = 0; offset < toEncode; offset += kFrameSamples) {
        const qint64 available = std::clamp<qint64>(qint64(audio.size()) - offset, 0, kFrameSamples);
        const opus_int16 *input = frame.data();
        if (available == kFrameSamples) {
            input = audio.data() + offset;
        } else {
            std::fill(frame.begin(), frame.end(), 0);
            std::copy_n(audio.data() + std::min<qint64>(offset, qint64(audio.size())), available, frame.begin());
        }
        const opus_int32 bytes = opus_encode(encoder.get(), input, kFrameSamples, packet, kMaxPacketBytes);
        if (bytes < 0)
            return AudioError::encodeFailed(opusError(bytes));
        muxer.addPacket(QByteArray(reinterpret_cast<const char *>(packet), bytes), kFrameSamples * kTo48k);
    }
    return muxer.finish(qint64(audio.size()) * kTo48k);
}

} // namespace lectern
