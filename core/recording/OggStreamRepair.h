#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lectern {

// Makes an Ogg Opus file whose writer died mid-way (a crash, a power cut, a killed process) a
// well-formed stream again: whatever follows the last complete page with a valid checksum is cut
// off (a half-written page, or the start of a packet that never ended), and that page is marked
// as the end of the stream. Everything the writer had flushed survives.
class OggStreamRepair
{
    Q_DECLARE_TR_FUNCTIONS(lectern::OggStreamRepair)

public:
    struct Scan
    {
        // Bytes from the start that form complete, checked pages ending with a whole packet.
        qint64 validBytes = 0;
        qint64 fileBytes = 0;
        // Audio up to the end of the last valid page, pre-skip removed.
        qint64 durationMs = 0;
        // The valid part already ends with an end-of-stream page and nothing follows it.
        bool complete = false;
        // At least one page of audio (not only the headers) survived.
        bool hasAudio = false;
    };

    // Reads the page headers (and checks each page's CRC); the file is not changed.
    static Result<Scan> scan(const QString &path);
    // scan(), then truncates the file to its valid part and marks the last page as the end.
    static Result<Scan> repair(const QString &path);

    static constexpr QLatin1String NotOggOpus{"recording.not_ogg_opus"};
};

} // namespace lectern
