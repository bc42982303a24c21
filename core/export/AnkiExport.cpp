#include "export/AnkiExport.h"

#include "export/Timecode.h"

namespace lectern {

namespace {
QString deckPart(const QString &name)
{
    QString part = name.simplified();
    part.replace(QLatin1String("::"), QLatin1String(":"));
    return part;
}
} // namespace

QString AnkiExport::deckName(const LectureDocument &document)
{
    const QString lecture = deckPart(document.lecture.title);
    if (document.courseName.trimmed().isEmpty())
        return lecture;
    return deckPart(document.courseName) + QLatin1String("::") + lecture;
}

QString AnkiExport::tag(const QString &name)
{
    return name.simplified().replace(u' ', u'_');
}

QString AnkiExport::field(const QString &text)
{
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(u'\n', QLatin1String("<br>"));
    escaped.replace(u'\t', u' ');
    return escaped;
}

QString AnkiExport::render(const QList<LectureDocument> &documents)
{
    QString out = QStringLiteral("#separator:tab\n"
                                 "#html:true\n"
                                 "#notetype:Basic\n"
                                 "#columns:GUID\tFront\tBack\tDeck\tTags\n"
                                 "#guid column:1\n"
                                 "#deck column:4\n"
                                 "#tags column:5\n");
    for (const LectureDocument &document : documents) {
        // Deck and tags are names, not fields: Anki takes them verbatim, so they are not escaped.
        const QString deck = deckName(document);
        QString tags = QStringLiteral("Lectern");
        if (!document.courseName.trimmed().isEmpty())
            tags += u' ' + tag(document.courseName);
        const qint64 timeline = document.timelineMs();
        for (const Flashcard &card : document.flashcards) {
            QString back = field(card.back);
            if (const TranscriptSegment *source = document.segment(card.sourceSegmentId)) {
                back += QLatin1String("<br><br><small>") + field(document.lecture.title) + QStringLiteral(" · ")
                    + Timecode::position(source->startMs, timeline) + QLatin1String("</small>");
            }
            out += card.id + u'\t' + field(card.front) + u'\t' + back + u'\t' + deck + u'\t' + tags + u'\n';
        }
    }
    return out;
}

} // namespace lectern
