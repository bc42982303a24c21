#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// Plain value types for the rows of the local library. Every syncable entity carries its UUID
// `id`, `updatedAt` (the hybrid logical clock text of its last change, which orders edits made on
// different devices) and is never hard-deleted: a deletion is a tombstone that sync carries to
// the other devices. Normal reads never return tombstones.

struct Course
{
    QString id;
    QString name;
    // A colour the student picked, as "#rrggbb"; empty means "let the UI choose".
    QString colour;
    bool archived = false;
    QString updatedAt;

    friend bool operator==(const Course &, const Course &) = default;
};

struct Lecture
{
    QString id;
    // Empty when the lecture has not been filed under a course yet.
    QString courseId;
    QString title;
    // When the lecture took place (UTC); invalid if unknown.
    QDateTime recordedAt;
    qint64 durationMs = 0;
    // The normalised audio file, relative to the library directory when it lives inside it.
    QString audioPath;
    // Lowercase hex SHA-256 of the audio file: the key of the transcription cache.
    QString audioSha256;
    // ISO 639-1 code of the spoken language ("de", "en"), empty for "detect".
    QString language;
    QString updatedAt;

    friend bool operator==(const Lecture &, const Lecture &) = default;
};

struct TranscriptSegment
{
    QString id;
    QString lectureId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    // What the speech recogniser produced. Kept even after the student corrects the segment, so
    // a correction can be undone and re-transcription can tell machine text from human text.
    QString text;
    // The student's correction; empty when the segment is unedited.
    QString editedText;
    QString speaker;
    QString updatedAt;

    bool isEdited() const { return !editedText.isEmpty(); }
    // What to show and search: the correction if there is one, the machine text otherwise.
    const QString &displayText() const { return isEdited() ? editedText : text; }

    friend bool operator==(const TranscriptSegment &, const TranscriptSegment &) = default;
};

// The student's own notes on a lecture: one Markdown document per lecture.
struct Note
{
    QString id;
    QString lectureId;
    QString markdown;
    // Empty for a lecture that has no note yet.
    QString updatedAt;

    friend bool operator==(const Note &, const Note &) = default;
};

enum class StudyItemKind {
    Summary,
    KeyTerm,
    QuizQuestion,
};
// The stable text forms stored in the database and carried by sync: "summary", "key_term",
// "quiz_question".
QString toString(StudyItemKind kind);
std::optional<StudyItemKind> studyItemKindFromString(QStringView text);

// Study material generated from a transcript. The JSON shape depends on the kind, e.g.
// {"markdown": ...} for a summary, {"term", "definition"} for a key term,
// {"question", "choices", "answer", "explanation"} for a quiz question.
struct StudyItem
{
    QString id;
    QString lectureId;
    StudyItemKind kind = StudyItemKind::Summary;
    // Order within the lecture and kind (0 first).
    int position = 0;
    QJsonObject content;
    QString updatedAt;

    friend bool operator==(const StudyItem &, const StudyItem &) = default;
};

struct Flashcard
{
    QString id;
    QString lectureId;
    QString front;
    QString back;
    // The transcript segment the card was made from; empty for cards written by hand.
    QString sourceSegmentId;
    QString updatedAt;

    friend bool operator==(const Flashcard &, const Flashcard &) = default;
};

// The FSRS scheduling state of one flashcard as last computed by the study code. It is a local
// cache derived from the card's review log (which is what syncs), kept so that "which cards are
// due" is an indexed query instead of a replay of every log. `state` and the ratings in the review
// log use the FSRS/Anki numbers: state 0 new, 1 learning, 2 review, 3 relearning; rating 1 again,
// 2 hard, 3 good, 4 easy.
struct CardSchedule
{
    QString cardId;
    int state = 0;
    double stability = 0.0;
    double difficulty = 0.0;
    QDateTime due;
    QDateTime lastReview;
    int reps = 0;
    int lapses = 0;
    // Position in the learning or relearning steps.
    int step = 0;

    friend bool operator==(const CardSchedule &, const CardSchedule &) = default;
};

// One review of a flashcard. Append-only: the log of two devices merges by union.
struct ReviewLogEntry
{
    QString id;
    QString cardId;
    QDateTime reviewedAt;
    int rating = 3;
    // How long the student looked at the card before answering (from showing it to the rating).
    qint64 elapsedMs = 0;
    int stateBefore = 0;
    int stateAfter = 0;
    QString updatedAt;

    friend bool operator==(const ReviewLogEntry &, const ReviewLogEntry &) = default;
};

// Markers around the matched words in SearchHit::snippet. They are private-use characters, so
// they cannot collide with anything a student types or a transcript contains.
inline constexpr QChar kMatchBegin = QChar(0xE000);
inline constexpr QChar kMatchEnd = QChar(0xE001);

struct SearchHit
{
    enum class Kind {
        Segment,
        Note,
    };

    Kind kind = Kind::Segment;
    QString lectureId;
    QString lectureTitle;
    // Empty for a lecture not filed under a course.
    QString courseId;
    QString courseName;
    // The matching segment (Kind::Segment only).
    QString segmentId;
    qint64 startMs = 0;
    // A short excerpt with every match wrapped in kMatchBegin ... kMatchEnd.
    QString snippet;
    // bm25 score: lower is better.
    double score = 0.0;

    QString snippetHtml() const;
    QString snippetPlain(const QString &open, const QString &close) const;
};

// The snippet as HTML: the text escaped, matches in <b>...</b>.
QString snippetToHtml(const QString &snippet);
// The snippet with the match markers replaced, e.g. by ANSI bold for a terminal.
QString snippetToPlain(const QString &snippet, const QString &open, const QString &close);

} // namespace lectern
