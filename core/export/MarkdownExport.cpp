#include "export/MarkdownExport.h"

#include "export/Timecode.h"

namespace lectern {

namespace {
// One line: a segment's text may hold line breaks, which would start new Markdown blocks.
QString singleLine(const QString &text)
{
    return text.simplified();
}
} // namespace

QString MarkdownExport::escape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString MarkdownExport::render(const LectureDocument &document)
{
    const Lecture &lecture = document.lecture;
    QString md = QStringLiteral("# ") + escape(singleLine(lecture.title)) + QStringLiteral("\n\n");

    const auto fact = [&md](const QString &label, const QString &value) {
        md += QStringLiteral("- **") + label + QStringLiteral(":** ") + value + u'\n';
    };
    if (!document.courseName.isEmpty())
        fact(tr("Course"), escape(document.courseName));
    if (lecture.recordedAt.isValid())
        fact(tr("Recorded"), lecture.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (lecture.durationMs > 0)
        fact(tr("Duration"), Timecode::duration(lecture.durationMs));
    if (!lecture.language.isEmpty())
        fact(tr("Language"), escape(lecture.language));
    md += u'\n';

    const QString summary = document.summaryMarkdown();
    if (!summary.isEmpty())
        md += QStringLiteral("## ") + tr("Summary") + QStringLiteral("\n\n") + summary + QStringLiteral("\n\n");

    const QList<LectureDocument::KeyTerm> terms = document.keyTerms();
    if (!terms.isEmpty()) {
        md += QStringLiteral("## ") + tr("Key terms") + QStringLiteral("\n\n");
        for (const LectureDocument::KeyTerm &term : terms) {
            md += QStringLiteral("- **") + escape(singleLine(term.term)) + QStringLiteral("**");
            if (!term.definition.isEmpty())
                md += QStringLiteral(": ") + escape(singleLine(term.definition));
            md += u'\n';
        }
        md += u'\n';
    }

    const QString notes = document.note.markdown.trimmed();
    if (!notes.isEmpty())
        md += QStringLiteral("## ") + tr("Notes") + QStringLiteral("\n\n") + notes + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Transcript") + QStringLiteral("\n\n");
    const qint64 timeline = document.timelineMs();
    bool any = false;
    for (const TranscriptSegment &segment : document.segments) {
        const QString text = singleLine(segment.displayText());
        if (text.isEmpty())
            continue;
        any = true;
        // One paragraph per segment, so every stamp starts a line however the text wraps.
        md += QStringLiteral("**[") + Timecode::position(segment.startMs, timeline) + QStringLiteral("]** ")
            + escape(text) + QStringLiteral("\n\n");
    }
    if (!any)
        md += u'_' + tr("This lecture has not been transcribed yet.") + QStringLiteral("_\n\n");
    md.chop(1); // one newline at the end of the file, not a blank line
    return md;
}

} // namespace lectern
