#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace lectern {

// Puts Opus packets into an Ogg Opus stream (RFC 7845) in memory: the OpusHead and OpusTags
// headers, then the packets in pages of about a second, the last page marked as the end of the
// stream with the exact length of the audio, so decoders drop the encoder's padding.
// For encoders that call libopus directly at the input's own rate (OggOpusWriter goes through
// libopusenc, which always works at 48 kHz).
class OggOpusMuxer
{
public:
    // `preSkip48k`: the encoder's look-ahead in 48 kHz samples, which decoders skip;
    // `inputRate`: the rate the audio had before encoding (informational for players).
    OggOpusMuxer(int preSkip48k, int inputRate, quint32 serial = 0x4c656374);

    // A packet holding `samples48k` of audio (48 kHz samples, e.g. 960 for 20 ms).
    void addPacket(const QByteArray &packet, int samples48k);
    // Ends the stream: `audioSamples48k` is the real length of the audio (without pre-skip and
    // padding). Returns the whole file; the muxer is spent afterwards.
    QByteArray finish(qint64 audioSamples48k);

    // The Ogg CRC-32 (polynomial 0x04c11db7, no reflection) of a page whose CRC field is zero.
    static quint32 pageChecksum(const char *data, qsizetype size);

private:
    void writePage(const QList<QByteArray> &packets, qint64 granule, quint8 flags);

    QByteArray m_out;
    QList<QByteArray> m_pending; // packets of the page being filled
    qsizetype m_pendingSegments = 0;
    qint64 m_granule = 0;        // 48 kHz samples of all packets added, pre-skip included
    int m_preSkip;
    quint32 m_serial;
    quint32 m_sequence = 0;
};

} // namespace lectern
