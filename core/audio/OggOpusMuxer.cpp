#include "audio/OggOpusMuxer.h"

#include "lectern/Version.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <utility>

namespace lectern {

namespace {

// About a second of 20 ms packets per page, as libopusenc does: little overhead, fine seeking.
constexpr qsizetype kPacketsPerPage = 50;
// A page's segment table has at most 255 entries.
constexpr qsizetype kMaxSegments = 255;

constexpr quint8 kFirstPage = 0x02;
constexpr quint8 kLastPage = 0x04;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 r = i << 24;
        for (int bit = 0; bit < 8; ++bit)
            r = (r & 0x80000000u) ? (r << 1) ^ 0x04c11db7u : r << 1;
        table[i] = r;
    }
    return table;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

} // namespace

OggOpusMuxer::OggOpusMuxer(int preSkip48k, int inputRate, quint32 serial) : m_preSkip(preSkip48k), m_serial(serial)
{
    QByteArray head("OpusHead");
    head.append(char(1)); // version
    head.append(char(1)); // mono
    append<quint16>(head, quint16(preSkip48k));
    append<quint32>(head, quint32(inputRate));
    append<qint16>(head, 0); // output gain
    head.append(char(0));    // channel mapping family 0
    writePage({head}, 0, kFirstPage);

    const QByteArray vendor = QByteArray("Lectern ") + kVersion;
    QByteArray tags("OpusTags");
    append<quint32>(tags, quint32(vendor.size()));
    tags.append(vendor);
    append<quint32>(tags, 0); // no user comments
    writePage({tags}, 0, 0);
}

void OggOpusMuxer::addPacket(const QByteArray &packet, int samples48k)
{
    // Packets never continue onto the next page: a page ends before one that would not fit.
    const qsizetype segments = packet.size() / 255 + 1;
    if (m_pending.size() >= kPacketsPerPage || m_pendingSegments + segments > kMaxSegments) {
        writePage(m_pending, m_granule, 0);
        m_pending.clear();
        m_pendingSegments = 0;
    }
    m_pending.append(packet);
    m_pendingSegments += segments;
    m_granule += samples48k;
}

QByteArray OggOpusMuxer::finish(qint64 audioSamples48k)
{
    // The end of the audio sits in the last packet: its page's granule position says where, and
    // decoders drop what comes after. A stream without audio still ends with an empty last page.
    writePage(m_pending, std::min(m_granule, m_preSkip + audioSamples48k), kLastPage);
    m_pending.clear();
    m_pendingSegments = 0;
    return std::exchange(m_out, QByteArray());
}

void OggOpusMuxer::writePage(const QList<QByteArray> &packets, qint64 granule, quint8 flags)
{
    QByteArray lacing;
    qsizetype bodySize = 0;
    for (const QByteArray &packet : packets) {
        // A packet is as many 255-byte segments as it fills, then one shorter (possibly empty).
        lacing.append(QByteArray(packet.size() / 255, char(255)));
        lacing.append(char(packet.size() % 255));
        bodySize += packet.size();
    }
    const qsizetype start = m_out.size();
    m_out.append("OggS");
    m_out.append(char(0)); // version
    m_out.append(char(flags));
    append<qint64>(m_out, granule);
    append<quint32>(m_out, m_serial);
    append<quint32>(m_out, m_sequence++);
    append<quint32>(m_out, 0); // the checksum, filled in below
    m_out.append(char(lacing.size()));
    m_out.append(lacing);
    m_out.reserve(m_out.size() + bodySize);
    for (const QByteArray &packet : packets)
        m_out.append(packet);
    const quint32 crc = pageChecksum(m_out.constData() + start, m_out.size() - start);
    qToLittleEndian(crc, m_out.data() + start + 22);
}

quint32 OggOpusMuxer::pageChecksum(const char *data, qsizetype size)
{
    quint32 crc = 0;
    for (qsizetype i = 0; i < size; ++i)
        crc = (crc << 8) ^ kCrcTable[((crc >> 24) ^ quint8(data[i])) & 0xff];
    return crc;
}

} // namespace lectern
