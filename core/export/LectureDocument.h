#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QList>
#include <QString>

namespace lectern {

class LibraryStore;

// Everything an export shows about one lecture, read from the library in one go so the writers
// are pure functions of it (and tests can build one by hand).
struct LectureDocument
{
    Lecture lecture;
    // Empty for a lecture not filed under a course.
    QString courseName;
    QList<TranscriptSegment> segments;
    // Empty markdown when the student wrote no note.
    Note note;
    QList<StudyItem> studyItems;
    QList<Flashcard> flashcards;

    // The lecture's summary (the first one, as Markdown), empty if none was made yet.
    QString summaryMarkdown() const;
    struct KeyTerm
    {
        QString term;
        QString definition;
    };
    QList<KeyTerm> keyTerms() const;
    // How long the transcript's timeline is: the lecture's duration, or the last segment's end
    // when that is later (a lecture whose duration was never measured).
    qint64 timelineMs() const;
    // The segment a flashcard was made from, or nullptr (a card written by hand, or one whose
    // segment was re-transcribed away).
    const TranscriptSegment *segment(const QString &segmentId) const;

    static Result<LectureDocument> load(const LibraryStore &store, const QString &lectureId);
};

} // namespace lectern
