#include "export/SubtitleExport.h"

#include "export/Timecode.h"

#include <QStringList>

namespace lectern {

namespace {
const QString kArrow = QStringLiteral(" --> ");

// The cue's lines: trimmed, without blank ones.
QString cueText(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.split(u'\n');
    for (const QString &line : raw) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines.join(u'\n');
}

template<typename Escape>
QString cues(const QList<TranscriptSegment> &segments, QChar separator, Escape escape)
{
    QString out;
    int number = 0;
    for (const TranscriptSegment &segment : segments) {
        QString text = cueText(segment.displayText());
        if (text.isEmpty())
            continue;
        text = escape(text);
        const qint64 endMs = qMax(segment.startMs, segment.endMs);
        out += QString::number(++number) + u'\n' + Timecode::subtitle(segment.startMs, separator) + kArrow
            + Timecode::subtitle(endMs, separator) + u'\n' + text + QStringLiteral("\n\n");
    }
    return out;
}
} // namespace

QString SubtitleExport::srt(const QList<TranscriptSegment> &segments)
{
    // SubRip has no escape; the arrow keeps the words' meaning.
    return cues(segments, u',', [](QString text) { return text.replace(QLatin1String("-->"), QStringLiteral("→")); });
}

QString SubtitleExport::webVtt(const QList<TranscriptSegment> &segments)
{
    QString out = QStringLiteral("WEBVTT\n\n");
    out += cues(segments, u'.', [](const QString &text) {
        QString escaped = text;
        escaped.replace(u'&', QLatin1String("&amp;"));
        escaped.replace(u'<', QLatin1String("&lt;"));
        escaped.replace(u'>', QLatin1String("&gt;"));
        return escaped;
    });
    return out;
}

} // namespace lectern
