#pragma once

#include <QChar>
#include <QString>
#include <QtGlobal>

namespace lectern {

// The ways a time within a lecture is written, shared by exports and the command line so that a
// time a student reads in one place can be found in another.
class Timecode
{
public:
    // A length: "0:25", "45:12", "1:02:03".
    static QString duration(qint64 ms);
    // A moment in a lecture that lasts `lectureMs`: "00:25" and "45:12", or "0:00:25" and
    // "1:02:03" throughout a lecture of an hour or more, so every stamp of a transcript has the
    // same width and they line up.
    static QString position(qint64 ms, qint64 lectureMs);
    // A subtitle cue time with milliseconds, hours always present: "00:01:02,345" for SRT
    // (separator ','), "00:01:02.345" for WebVTT (separator '.').
    static QString subtitle(qint64 ms, QChar separator);
};

} // namespace lectern
