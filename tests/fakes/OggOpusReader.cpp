#include "OggOpusReader.h"

#include "TimeCode.h"

#include <QtEndian>

#include <opus.h>

#include <memory>

namespace lectern::fake {

namespace {

constexpr qsizetype kPageHeaderBytes = 27;
constexpr int kOpusRate = 48000; // granule positions and pre-skip count at 48 kHz
constexpr int kDecimation = kOpusRate / timecode::kSampleRate;
constexpr int kMaxFrameSamples = timecode::kSampleRate * 120 / 1000; // Opus frames last at most 120 ms

struct DecoderDeleter
{
    void operator()(OpusDecoder *decoder) const { opus_decoder_destroy(decoder); }
};

// The packets of the first logical stream, and the last granule position it announced.
struct Stream
{
    std::vector<QByteArray> packets;
    qint64 lastGranule = -1;
};

std::optional<Stream> readPackets(const QByteArray &data)
{
    Stream stream;
    std::optional<quint32> serial;
    QByteArray pending; // a packet that continues on the next page
    qsizetype at = 0;
    while (at + kPageHeaderBytes <= data.size()) {
        const char *page = data.constData() + at;
        if (QByteArrayView(page, 4) != "OggS" || page[4] != 0)
            return std::nullopt;
        const quint8 type = quint8(page[5]);
        const qint64 granule = qFromLittleEndian<qint64>(page + 6);
        const quint32 pageSerial = qFromLittleEndian<quint32>(page + 14);
        const int segments = quint8(page[26]);
        if (at + kPageHeaderBytes + segments > data.size())
            return std::nullopt;
        const auto *lacing = reinterpret_cast<const quint8 *>(page + kPageHeaderBytes);
        qsizetype bodyBytes = 0;
        for (int i = 0; i < segments; ++i)
            bodyBytes += lacing[i];
        qsizetype body = at + kPageHeaderBytes + segments;
        if (body + bodyBytes > data.size())
            return std::nullopt;
        if (!serial)
            serial = pageSerial;
        if (pageSerial == *serial) {
            if (!(type & 0x01))
                pending.clear(); // not a continuation: a packet cut off by a lost page is dropped
            for (int i = 0; i < segments; ++i) {
                pending.append(data.constData() + body, lacing[i]);
                body += lacing[i];
                if (lacing[i] < 255) {
                    stream.packets.push_back(pending);
                    pending.clear();
                }
            }
            if (granule >= 0)
                stream.lastGranule = granule;
        }
        at += kPageHeaderBytes + segments + bodyBytes;
    }
    if (at != data.size() || stream.packets.size() < 2)
        return std::nullopt;
    return stream;
}

} // namespace

bool OggOpusReader::looksLikeOggOpus(const QByteArray &data)
{
    return data.startsWith("OggS") && data.size() > kPageHeaderBytes + 1 + 8
           && data.mid(kPageHeaderBytes + 1, 8) == "OpusHead";
}

std::optional<std::vector<qint16>> OggOpusReader::decode(const QByteArray &data)
{
    if (!looksLikeOggOpus(data))
        return std::nullopt;
    const std::optional<Stream> stream = readPackets(data);
    if (!stream)
        return std::nullopt;
    const QByteArray &head = stream->packets.front();
    if (head.size() < 19 || !head.startsWith("OpusHead"))
        return std::nullopt;
    const int channels = quint8(head[9]);
    const int preSkip = qFromLittleEndian<quint16>(head.constData() + 10);
    const int mappingFamily = quint8(head[18]);
    if (mappingFamily != 0 || channels < 1 || channels > 2)
        return std::nullopt;

    int error = OPUS_OK;
    // A mono decoder mixes a stereo stream down.
    const std::unique_ptr<OpusDecoder, DecoderDeleter> decoder(opus_decoder_create(timecode::kSampleRate, 1, &error));
    if (!decoder || error != OPUS_OK)
        return std::nullopt;
    std::vector<qint16> pcm;
    if (stream->lastGranule > 0)
        pcm.reserve(size_t(stream->lastGranule / kDecimation) + kMaxFrameSamples);
    qint16 frame[kMaxFrameSamples];
    for (size_t i = 2; i < stream->packets.size(); ++i) { // after OpusHead and OpusTags
        const QByteArray &packet = stream->packets[i];
        const int samples = opus_decode(decoder.get(), reinterpret_cast<const unsigned char *>(packet.constData()),
                                        opus_int32(packet.size()), frame, kMaxFrameSamples, 0);
        if (samples < 0)
            return std::nullopt;
        pcm.insert(pcm.end(), frame, frame + samples);
    }
    // The encoder's look-ahead comes first and is skipped; the last granule position says where
    // the audio really ends inside the last packet.
    const size_t skip = size_t(preSkip / kDecimation);
    if (pcm.size() <= skip)
        return std::vector<qint16>{};
    pcm.erase(pcm.begin(), pcm.begin() + qsizetype(skip));
    if (stream->lastGranule > preSkip) {
        const size_t length = size_t((stream->lastGranule - preSkip) / kDecimation);
        if (length < pcm.size())
            pcm.resize(length);
    }
    return pcm;
}

} // namespace lectern::fake
