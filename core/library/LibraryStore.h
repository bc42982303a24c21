#pragma once

#include "base/Clock.h"
#include "base/HybridLogicalClock.h"
#include "base/Result.h"
#include "library/CardBrowsing.h"
#include "library/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lectern {

// Something a committed write changed, so views showing it can reload. `id` is the course id for
// Lectures (empty for unfiled lectures) and the lecture id for the others; empty for Courses.
struct LibraryChange
{
    enum class Kind {
        Courses,
        Lectures,
        Transcript,
        Notes,
        Flashcards,
        StudyItems,
        // Listening sessions (id: the lecture).
        Listening,
    };
    Kind kind = Kind::Courses;
    QString id;

    friend bool operator==(const LibraryChange &, const LibraryChange &) = default;
};

// Whether opening a library reads all of it to find damaged pages (PRAGMA quick_check): about a
// second per 300 MB. The first connection a process opens checks; its further connections (the
// transcription and study-material workers, sync) open a file that has just been checked.
enum class PageCheck { Check, Skip };

// The student's library: one SQLite database (library.sqlite) in the data directory, on one
// connection, used from one thread at a time (the library worker thread, the CLI, a test).
// The UI goes through LibraryService instead.
//
// Every write runs in a transaction and stamps `updated_at` with the library's hybrid logical
// clock. Deletions are tombstones; reads skip them (and skip the contents of deleted lectures and
// courses). Errors carry a stable code: "not_found", "invalid_argument", "database_error",
// "library_not_writable", "library_corrupt", "library_foreign", "schema_too_new".
class LibraryStore
{
    Q_DECLARE_TR_FUNCTIONS(LibraryStore)

public:
    enum class CourseFilter {
        Active,       // not archived
        IncludeArchived,
    };

    // Opens (creating if needed) the library in `dataDir` and brings its schema up to date.
    static Result<std::unique_ptr<LibraryStore>> open(const QString &dataDir, const Clock &clock = Clock::system(),
                                                      PageCheck pageCheck = PageCheck::Check);
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    QString dataDirectory() const;
    QString databasePath() const;
    // This library's HLC node id, created with the library and kept for its lifetime.
    QString nodeId() const;
    int schemaVersion() const;
    // For sync: merge a timestamp seen from another device so that later local edits win over it.
    void observeTimestamp(const HlcTimestamp &remote);

    // Runs `body` in one transaction: all of its writes commit together or not at all. Writes
    // inside nest (as savepoints). The body's error, if any, is returned after rolling back.
    Status transaction(const std::function<Status()> &body);

    // --- Courses
    Result<Course> createCourse(const QString &name, const QString &colour = {});
    Status renameCourse(const QString &courseId, const QString &name);
    Status setCourseColour(const QString &courseId, const QString &colour);
    Status setCourseArchived(const QString &courseId, bool archived);
    Status deleteCourse(const QString &courseId);
    Status restoreCourse(const QString &courseId);
    Result<Course> course(const QString &courseId) const;
    // Sorted by name (case-insensitive).
    Result<QList<Course>> courses(CourseFilter filter = CourseFilter::Active) const;

    // --- Lectures
    // Stores `draft` as a new lecture; an empty id gets a fresh UUID. Returns the stored lecture.
    Result<Lecture> createLecture(const Lecture &draft);
    // Writes every editable field of an existing lecture.
    Status updateLecture(const Lecture &lecture);
    Status setLectureTitle(const QString &lectureId, const QString &title);
    // Empty courseId moves the lecture out of every course.
    Status moveLecture(const QString &lectureId, const QString &courseId);
    Status setLectureDuration(const QString &lectureId, qint64 durationMs);
    Status setLectureAudio(const QString &lectureId, const QString &audioPath, const QString &audioSha256);
    Status deleteLecture(const QString &lectureId);
    Status restoreLecture(const QString &lectureId);
    Result<Lecture> lecture(const QString &lectureId) const;
    // The lectures of a course (empty id: unfiled lectures), newest recording first.
    Result<QList<Lecture>> lectures(const QString &courseId) const;
    // Live lectures whose audio has this hash (the transcription cache looks them up).
    Result<QList<Lecture>> lecturesWithAudio(const QString &audioSha256) const;

    // --- Transcript
    // Replaces the whole transcript of a lecture in one transaction: the old segments become
    // tombstones, the given ones are stored (segments without id get a fresh UUID).
    Status replaceSegments(const QString &lectureId, const QList<TranscriptSegment> &segments);
    // Ordered by start time.
    Result<QList<TranscriptSegment>> segments(const QString &lectureId) const;
    // Which of these lectures have a transcript (at least one live segment), without reading it.
    Result<QSet<QString>> transcribedLectures(const QStringList &lectureIds) const;
    // Stores the student's correction of one segment, keeping the machine text. Text equal to
    // the machine text (or empty) removes the correction.
    Status editSegmentText(const QString &segmentId, const QString &text);

    // --- Transcription progress and cache (this device only, never synced)
    // Results are opaque bytes to the store: the transcription pipeline owns their format.
    struct TranscriptionRun
    {
        QString lectureId;
        QString audioSha256;
        QString model;
        QString language;
        QString planKey; // identifies the chunk plan the run follows
    };
    // Keeps the answer for the piece [startMs, endMs) of a run, replacing an earlier one.
    Status saveTranscribedPiece(const TranscriptionRun &run, qint64 startMs, qint64 endMs, const QByteArray &result);
    // The pieces of a run finished so far, keyed by (startMs, endMs).
    Result<QMap<QPair<qint64, qint64>, QByteArray>> transcribedPieces(const TranscriptionRun &run) const;
    // Forgets every piece of every run of a lecture (once its transcript is stored).
    Status clearTranscribedPieces(const QString &lectureId);
    // The finished transcript of this audio, model and language; empty bytes when none is cached.
    Status saveCachedTranscript(const QString &audioSha256, const QString &model, const QString &language,
                                const QByteArray &transcript);
    Result<QByteArray> cachedTranscript(const QString &audioSha256, const QString &model, const QString &language) const;

    // --- Notes
    // The lecture's note; an empty Note (with the lecture id) when none was written yet.
    Result<Note> note(const QString &lectureId) const;
    Status setNote(const QString &lectureId, const QString &markdown);

    // --- Flashcards
    Result<Flashcard> createFlashcard(const Flashcard &draft);
    // Writes front, back and source segment of an existing card.
    Status updateFlashcard(const Flashcard &card);
    Status deleteFlashcard(const QString &cardId);
    Status restoreFlashcard(const QString &cardId);
    Result<Flashcard> flashcard(const QString &cardId) const;
    Result<QList<Flashcard>> flashcardsForLecture(const QString &lectureId) const;
    Result<QList<Flashcard>> flashcardsForCourse(const QString &courseId) const;
    // Cards whose cached schedule is due at `asOf` (earliest first), optionally of one course.
    Result<QList<Flashcard>> dueFlashcards(const QDateTime &asOf, const QString &courseId = {}, int limit = -1) const;
    // Cards never reviewed (no schedule, or state new), oldest first, optionally of one course.
    Result<QList<Flashcard>> newFlashcards(const QString &courseId = {}, int limit = -1) const;

    // The cached FSRS state of a card (a new card's is state 0, due when the card was made);
    // nullopt for a card that has none.
    Result<std::optional<CardSchedule>> cardSchedule(const QString &cardId) const;
    // Stores a schedule computed from the card's whole review log, which makes it current.
    Status putCardSchedule(const CardSchedule &schedule);

    // Takes a card out of review until it is put back (suspended), or hides it until `until`
    // (buried; an invalid time unburies it). Both sync with the card.
    Status setFlashcardSuspended(const QString &cardId, bool suspended);
    Status buryFlashcard(const QString &cardId, const QDateTime &until);

    // --- Card browser (cards of every course, filtered and changed in bulk)
    // The live cards matching `query` (cards of archived courses included), one page of them.
    Result<CardPage> browseFlashcards(const CardQuery &query) const;
    // The lecture that holds a course's cards written by hand (empty id: cards in no course),
    // created the first time it is needed. Its id derives from the course, so two devices that
    // each create it make one lecture when they sync.
    Result<Lecture> handwrittenCardsLecture(const QString &courseId);
    // Whether `lecture` is such a lecture, so a list of lectures can show it as "no lecture".
    static bool isHandwrittenCardsLecture(const Lecture &lecture);
    // Suspends or unsuspends cards in one transaction; returns the ids whose flag changed.
    Result<QStringList> setFlashcardsSuspended(const QStringList &cardIds, bool suspended);
    // Deletes cards (tombstones) in one transaction; returns the ids that were live.
    Result<QStringList> deleteFlashcards(const QStringList &cardIds);
    Status restoreFlashcards(const QStringList &cardIds);
    // Moves cards to a lecture (or to a course's handwritten-cards lecture); returns where the
    // cards that moved were before, for placeFlashcards() to undo the move.
    Result<QList<CardPlacement>> moveFlashcards(const QStringList &cardIds, const QString &lectureId);
    Result<QList<CardPlacement>> moveFlashcardsToCourse(const QStringList &cardIds, const QString &courseId);
    Status placeFlashcards(const QList<CardPlacement> &placements);

    // --- Study queue (see study/StudyQueue.h, which keeps the cached schedules true to the log)
    // A card whose cached schedule is due before some time, with what ordering it needs.
    // The queue reads thousands at once and the cost is per column read, so a review card comes
    // with the one number it is ranked on rather than the stability and last review behind it.
    struct ScheduledCard
    {
        QString cardId;
        // In (re)learning rather than review.
        bool learning = false;
        // Milliseconds since 1970 (UTC).
        qint64 dueMs = 0;
        // Review cards: days from the last review to `now` per day of stability (0 when the
        // stability is not positive). FSRS recall probability falls steadily as this grows.
        double elapsedPerStability = 0.0;
    };
    // Reviewed cards (state not new) due before `before` that a student can study at `now`: live,
    // not suspended, not buried at `now`, in the course (empty: every course not archived).
    Result<QList<ScheduledCard>> scheduledCardsDueBefore(const QDateTime &before, const QDateTime &now,
                                                         const QString &courseId = {}) const;
    // Ids of never-reviewed cards a student can study at `now`, oldest first, at most `limit`.
    Result<QStringList> newCardIds(const QDateTime &now, const QString &courseId, int limit) const;
    // How many cards had their first review in [from, to) (cards of the course, or of every course).
    Result<int> cardsIntroducedBetween(const QDateTime &from, const QDateTime &to, const QString &courseId = {}) const;
    // Cards whose cached schedule no longer matches their review log (a review was added or
    // withdrawn, here or by sync), with when each card was made.
    Result<QList<QPair<QString, QDateTime>>> staleCardSchedules() const;
    // Marks every cached schedule stale, e.g. after the scheduling parameters changed.
    Status invalidateCardSchedules();
    // Withdraws a review (undo): a tombstone, so the withdrawal reaches the other devices.
    Status withdrawReview(const QString &reviewId);

    // Appends a review (an empty id gets a fresh UUID); storing the same id twice is harmless.
    Result<ReviewLogEntry> appendReview(const ReviewLogEntry &entry);
    // Oldest first.
    Result<QList<ReviewLogEntry>> reviewLog(const QString &cardId) const;

    // --- Progress (see study/ProgressStats.h): the history the dashboard is computed from, read
    // in one go. Times are milliseconds since 1970 (UTC).
    struct ProgressHistory
    {
        // The reviews of one quarter hour (UTC). Every time zone is a whole number of quarter
        // hours from UTC, so no study day begins inside one.
        struct ReviewSpan
        {
            qint64 atMs = 0;
            int reviews = 0;
            qint64 elapsedMs = 0;
            // Reviews of cards in the review state, and how many of those were not Again.
            int ofReviewCards = 0;
            int passedOfReviewCards = 0;

            friend bool operator==(const ReviewSpan &, const ReviewSpan &) = default;
        };
        struct Recording
        {
            qint64 atMs = 0;
            qint64 durationMs = 0;
        };
        // The live, unsuspended cards of one course (empty id: lectures not in a course).
        struct CourseCards
        {
            QString courseId;
            QString name;
            QString colour;
            bool archived = false;
            // Cards by cached FSRS state: new, learning, review, relearning.
            int byState[4] = {0, 0, 0, 0};
            // Cards reviewed at least once (from the new state), and when the last of them was.
            int reviewed = 0;
            qint64 lastFirstReviewMs = 0;
        };
        // Every review not withdrawn (of deleted cards too: the studying happened), oldest first.
        QList<ReviewSpan> reviews;
        // Live lectures with a recording time, oldest first.
        QList<Recording> recordings;
        // Every listening session not deleted, oldest first.
        QList<Recording> listenings;
        QList<CourseCards> courses;
        // Due times of reviewed cards that are studied (not hidden) and due before the horizon.
        QList<qint64> dueMs;
    };
    Result<ProgressHistory> progressHistory(const QDateTime &dueHorizon) const;
    // Records a stretch of playback of a lecture as study time (a fresh id each call).
    Status addListeningSession(const QString &lectureId, const QDateTime &startedAt, qint64 durationMs);

    // --- Study material
    // Inserts or updates by id (an empty id gets a fresh UUID).
    Result<StudyItem> putStudyItem(const StudyItem &item);
    // Replaces every item of one kind for a lecture (e.g. a regenerated set of key terms).
    Status replaceStudyItems(const QString &lectureId, StudyItemKind kind, const QList<StudyItem> &items);
    Status deleteStudyItem(const QString &itemId);
    // Ordered by kind, then position; all kinds when `kind` is nullopt.
    Result<QList<StudyItem>> studyItems(const QString &lectureId, std::optional<StudyItemKind> kind = {}) const;

    // --- Roaming settings (values that follow the student to every device)
    Result<std::optional<QString>> setting(const QString &key) const;
    Status putSetting(const QString &key, const QString &value);
    Status removeSetting(const QString &key);

    // --- Search
    // Full-text search over transcripts and notes of live lectures, best match first. The query
    // is free text: every word must occur, the last may be the start of a word, diacritics and
    // case are ignored. Never fails because of what the student typed.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;

    // What committed writes changed since the last call (in commit order, duplicates merged).
    QList<LibraryChange> takeChanges();

private:
    struct Private;
    explicit LibraryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace lectern
