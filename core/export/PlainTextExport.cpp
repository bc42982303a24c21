#include "export/PlainTextExport.h"

#include "export/Timecode.h"

namespace lectern {

namespace {
QString heading(const QString &title, QChar underline)
{
    return title + u'\n' + QString(title.size(), underline) + u'\n';
}
} // namespace

QString PlainTextExport::transcript(const LectureDocument &document)
{
    QString text;
    const qint64 timeline = document.timelineMs();
    for (const TranscriptSegment &segment : document.segments) {
        const QString line = segment.displayText().simplified();
        if (!line.isEmpty())
            text += u'[' + Timecode::position(segment.startMs, timeline) + QStringLiteral("] ") + line + u'\n';
    }
    return text;
}

QString PlainTextExport::render(const LectureDocument &document)
{
    const Lecture &lecture = document.lecture;
    QString text = heading(lecture.title.simplified(), u'=');
    const auto fact = [&text](const QString &label, const QString &value) {
        text += label + QStringLiteral(": ") + value + u'\n';
    };
    if (!document.courseName.isEmpty())
        fact(tr("Course"), document.courseName);
    if (lecture.recordedAt.isValid())
        fact(tr("Recorded"), lecture.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (lecture.durationMs > 0)
        fact(tr("Duration"), Timecode::duration(lecture.durationMs));
    if (!lecture.language.isEmpty())
        fact(tr("Language"), lecture.language);

    const QString summary = document.summaryMarkdown();
    if (!summary.isEmpty())
        text += u'\n' + heading(tr("Summary"), u'-') + summary + u'\n';

    const QList<LectureDocument::KeyTerm> terms = document.keyTerms();
    if (!terms.isEmpty()) {
        text += u'\n' + heading(tr("Key terms"), u'-');
        for (const LectureDocument::KeyTerm &term : terms) {
            text += term.term.simplified();
            if (!term.definition.isEmpty())
                text += QStringLiteral(": ") + term.definition.simplified();
            text += u'\n';
        }
    }

    const QString notes = document.note.markdown.trimmed();
    if (!notes.isEmpty())
        text += u'\n' + heading(tr("Notes"), u'-') + notes + u'\n';

    text += u'\n' + heading(tr("Transcript"), u'-');
    const QString lines = transcript(document);
    text += lines.isEmpty() ? tr("This lecture has not been transcribed yet.") + u'\n' : lines;
    return text;
}

} // namespace lectern
