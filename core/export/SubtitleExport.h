#pragma once

#include "library/Entities.h"

#include <QList>
#include <QString>

namespace lectern {

// A transcript as subtitles, one cue per segment, numbered from 1, separated by blank lines.
// Segments without text are left out (an empty cue ends the file early in some players); text is
// kept on its own lines but never with a blank line inside a cue, which would end it. "-->" in
// the text, which players read as a cue timing, is written as an arrow (SRT) or escaped (WebVTT,
// where '&', '<' and '>' are markup and always escaped).
class SubtitleExport
{
public:
    // SubRip: "1\n00:00:01,000 --> 00:00:04,500\ntext\n\n".
    static QString srt(const QList<TranscriptSegment> &segments);
    // WebVTT: "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\ntext\n\n".
    static QString webVtt(const QList<TranscriptSegment> &segments);
};

} // namespace lectern
