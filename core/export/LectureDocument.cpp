#include "export/LectureDocument.h"

#include "library/LibraryStore.h"

#include <algorithm>

namespace lectern {

QString LectureDocument::summaryMarkdown() const
{
    for (const StudyItem &item : studyItems) {
        if (item.kind == StudyItemKind::Summary) {
            const QString markdown = item.content.value(QLatin1String("markdown")).toString().trimmed();
            if (!markdown.isEmpty())
                return markdown;
        }
    }
    return {};
}

QList<LectureDocument::KeyTerm> LectureDocument::keyTerms() const
{
    QList<StudyItem> items;
    std::copy_if(studyItems.cbegin(), studyItems.cend(), std::back_inserter(items),
                 [](const StudyItem &item) { return item.kind == StudyItemKind::KeyTerm; });
    std::stable_sort(items.begin(), items.end(),
                     [](const StudyItem &a, const StudyItem &b) { return a.position < b.position; });
    QList<KeyTerm> terms;
    for (const StudyItem &item : items) {
        KeyTerm term{item.content.value(QLatin1String("term")).toString().trimmed(),
                     item.content.value(QLatin1String("definition")).toString().trimmed()};
        if (!term.term.isEmpty())
            terms.append(term);
    }
    return terms;
}

qint64 LectureDocument::timelineMs() const
{
    qint64 end = lecture.durationMs;
    for (const TranscriptSegment &segment : segments)
        end = std::max(end, segment.endMs);
    return end;
}

const TranscriptSegment *LectureDocument::segment(const QString &segmentId) const
{
    if (segmentId.isEmpty())
        return nullptr;
    const auto found = std::find_if(segments.cbegin(), segments.cend(),
                                    [&](const TranscriptSegment &s) { return s.id == segmentId; });
    return found == segments.cend() ? nullptr : &*found;
}

Result<LectureDocument> LectureDocument::load(const LibraryStore &store, const QString &lectureId)
{
    LectureDocument document;
    auto lecture = store.lecture(lectureId);
    if (!lecture)
        return lecture.error();
    document.lecture = *lecture;
    if (!document.lecture.courseId.isEmpty()) {
        auto course = store.course(document.lecture.courseId);
        // A lecture can outlive its course's deletion on another device until sync catches up;
        // it is then exported without a course rather than not at all.
        if (course)
            document.courseName = course->name;
        else if (course.error().code != QLatin1String("not_found"))
            return course.error();
    }
    auto segments = store.segments(lectureId);
    if (!segments)
        return segments.error();
    document.segments = *segments;
    auto note = store.note(lectureId);
    if (!note)
        return note.error();
    document.note = *note;
    auto items = store.studyItems(lectureId);
    if (!items)
        return items.error();
    document.studyItems = *items;
    auto cards = store.flashcardsForLecture(lectureId);
    if (!cards)
        return cards.error();
    document.flashcards = *cards;
    return document;
}

} // namespace lectern
