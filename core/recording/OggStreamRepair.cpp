#include "recording/OggStreamRepair.h"

#include "audio/AudioError.h"
#include "audio/OggOpusMuxer.h"
#include "recording/RecordingLog.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <optional>

namespace lectern {

namespace {
constexpr qint64 kHeaderBytes = 27;
constexpr quint8 kLastPageFlag = 0x04;
constexpr qint64 kFlagsOffset = 5;
constexpr qint64 kGranuleOffset = 6;
constexpr qint64 kChecksumOffset = 22;
constexpr qint64 kSegmentCountOffset = 26;
constexpr int kOpusRate = 48000;

struct Page
{
    qint64 offset = 0;
    qint64 size = 0;
    quint8 flags = 0;
    qint64 granule = -1;
    // The page's last packet ends on it (its last lacing value is below 255).
    bool endsPacket = false;
    QByteArray body;
};

// The page at `offset`, or nothing if it is cut short or damaged.
std::optional<Page> readPage(QFile &file, qint64 offset)
{
    if (!file.seek(offset))
        return std::nullopt;
    const QByteArray header = file.read(kHeaderBytes);
    if (header.size() < kHeaderBytes || !header.startsWith("OggS") || header.at(4) != 0)
        return std::nullopt;
    const int segments = quint8(header.at(kSegmentCountOffset));
    const QByteArray lacing = file.read(segments);
    if (lacing.size() < segments)
        return std::nullopt;
    qint64 bodySize = 0;
    for (const char value : lacing)
        bodySize += quint8(value);
    const QByteArray body = file.read(bodySize);
    if (body.size() < bodySize)
        return std::nullopt;

    QByteArray whole = header + lacing + body;
    const quint32 stored = qFromLittleEndian<quint32>(whole.constData() + kChecksumOffset);
    qToLittleEndian<quint32>(0, whole.data() + kChecksumOffset);
    if (OggOpusMuxer::pageChecksum(whole.constData(), whole.size()) != stored)
        return std::nullopt;

    Page page;
    page.offset = offset;
    page.size = whole.size();
    page.flags = quint8(header.at(kFlagsOffset));
    page.granule = qFromLittleEndian<qint64>(header.constData() + kGranuleOffset);
    page.endsPacket = segments > 0 && quint8(lacing.back()) < 255;
    page.body = body;
    return page;
}

Error notOggOpus(const QString &path)
{
    return Error{QString(OggStreamRepair::NotOggOpus),
                 OggStreamRepair::tr("%1 does not start like an Ogg Opus recording.").arg(QFileInfo(path).fileName())};
}
} // namespace

Result<OggStreamRepair::Scan> OggStreamRepair::scan(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return AudioError::fileMissing(path);
    if (!file.open(QIODevice::ReadOnly))
        return AudioError::fileUnreadable(path, file.errorString());

    Scan result;
    result.fileBytes = file.size();
    const std::optional<Page> head = readPage(file, 0);
    // OpusHead: magic (8), version (1), channels (1), pre-skip (2, little-endian), ...
    if (!head || !head->body.startsWith("OpusHead") || head->body.size() < 19)
        return notOggOpus(path);
    const qint64 preSkip = qFromLittleEndian<quint16>(head->body.constData() + 10);

    qint64 offset = head->size;
    qint64 validEnd = offset;
    qint64 lastGranule = 0;
    bool ended = (head->flags & kLastPageFlag) != 0;
    // Pages up to the one that ends the tags packet carry headers, not audio.
    bool inHeaders = true;
    while (!ended) {
        const std::optional<Page> page = readPage(file, offset);
        if (!page)
            break;
        offset += page->size;
        if (inHeaders) {
            validEnd = offset;
            inHeaders = !page->endsPacket;
        } else if (page->endsPacket && page->granule >= 0) {
            // A page on which no packet ends cannot be cut after: its audio is incomplete.
            validEnd = offset;
            lastGranule = page->granule;
            result.hasAudio = true;
        }
        ended = (page->flags & kLastPageFlag) != 0;
    }
    result.validBytes = validEnd;
    result.durationMs = result.hasAudio ? std::max<qint64>(0, lastGranule - preSkip) * 1000 / kOpusRate : 0;
    result.complete = ended && validEnd == result.fileBytes;
    return result;
}

Result<OggStreamRepair::Scan> OggStreamRepair::repair(const QString &path)
{
    Result<Scan> scanned = scan(path);
    if (!scanned || scanned->complete)
        return scanned;
    Scan result = *scanned;

    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return AudioError::writeFailed(path, file.errorString());
    if (!file.resize(result.validBytes))
        return AudioError::writeFailed(path, file.errorString());

    // Find the last page again to mark it: walking from the start is cheap (headers only).
    qint64 offset = 0;
    std::optional<Page> last;
    while (offset < result.validBytes) {
        std::optional<Page> page = readPage(file, offset);
        if (!page)
            break;
        offset += page->size;
        last = std::move(page);
    }
    if (!last)
        return notOggOpus(path);
    if (!(last->flags & kLastPageFlag)) {
        if (!file.seek(last->offset))
            return AudioError::writeFailed(path, file.errorString());
        QByteArray whole = file.read(last->size);
        whole[kFlagsOffset] = char(last->flags | kLastPageFlag);
        qToLittleEndian<quint32>(0, whole.data() + kChecksumOffset);
        qToLittleEndian<quint32>(OggOpusMuxer::pageChecksum(whole.constData(), whole.size()),
                                 whole.data() + kChecksumOffset);
        // Flags to checksum in one write, so an interruption leaves either the old page or the new.
        const QByteArray patch = whole.mid(kFlagsOffset, kChecksumOffset + 4 - kFlagsOffset);
        if (!file.seek(last->offset + kFlagsOffset) || file.write(patch) != patch.size())
            return AudioError::writeFailed(path, file.errorString());
    }
    if (!file.flush())
        return AudioError::writeFailed(path, file.errorString());
    qCInfo(lcRecording) << "repaired" << path << "kept" << result.validBytes << "of" << result.fileBytes << "bytes,"
                        << result.durationMs << "ms of audio";
    result.fileBytes = result.validBytes;
    result.complete = true;
    return result;
}

} // namespace lectern
