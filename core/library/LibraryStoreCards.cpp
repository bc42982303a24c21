// LibraryStore: flashcards, their cached FSRS schedule and their review log.

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

const QString kCardColumns = QStringLiteral(
    "f.id, f.lecture_id, f.front, f.back, COALESCE(f.source_segment_id, ''), f.updated_at");
// Cards of live lectures in live courses (or in no course): kCardsFrom [more joins] kLiveCards.
const QString kCardsFrom = QStringLiteral(
    " FROM flashcard f JOIN lecture l ON l.id = f.lecture_id AND l.deleted = 0 "
    "LEFT JOIN course c ON c.id = l.course_id ");
const QString kLiveCards = QStringLiteral(" WHERE f.deleted = 0 AND COALESCE(c.deleted, 0) = 0");

Flashcard cardFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

Result<QList<Flashcard>> cardList(const LibraryDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<Flashcard> list;
    while (q.value().next())
        list.append(cardFrom(*q));
    return list;
}

// Restricts a card query to one course, or (for the review of everything) to courses that are
// not archived: an archived course is finished, and its cards should not keep coming back.
QString courseScope(const QString &courseId, QVariantList &values)
{
    if (courseId.isEmpty())
        return QStringLiteral(" AND COALESCE(c.archived, 0) = 0");
    values.append(courseId);
    return QStringLiteral(" AND l.course_id = ?");
}

QString limitClause(int limit)
{
    return limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
}

bool isState(int state) { return state >= 0 && state <= 3; }

Status validateCard(const LibraryDatabase &db, const Flashcard &card)
{
    if (card.front.trimmed().isEmpty() || card.back.trimmed().isEmpty())
        return invalidArgument(LibraryStore::tr("A flashcard needs text on both sides."));
    if (card.sourceSegmentId.isEmpty())
        return success();
    auto q = db.exec(QStringLiteral("SELECT 1 FROM transcript_segment WHERE id = ? AND lecture_id = ?"),
                     {card.sourceSegmentId, card.lectureId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return invalidArgument(LibraryStore::tr("The transcript segment %1 is not part of the lecture %2.")
                                   .arg(card.sourceSegmentId, card.lectureId));
    return success();
}

// The lecture of a card in the given tombstone state.
Result<QString> cardLecture(const LibraryDatabase &db, const QString &cardId, bool deleted)
{
    auto q = db.exec(QStringLiteral("SELECT lecture_id FROM flashcard WHERE id = ? AND deleted = ?"), {cardId, int(deleted)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(deleted ? LibraryStore::tr("There is no deleted flashcard %1 to restore.").arg(cardId)
                                : LibraryStore::tr("The flashcard %1 does not exist or was deleted.").arg(cardId));
    return q->value(0).toString();
}

Status setCardDeleted(LibraryDatabase &db, const QString &cardId, bool deleted)
{
    return db.transaction([&]() -> Status {
        const auto lectureId = cardLecture(db, cardId, !deleted);
        if (!lectureId)
            return lectureId.error();
        auto q = db.exec(QStringLiteral("UPDATE flashcard SET deleted = ?, updated_at = ? WHERE id = ?"),
                         {int(deleted), db.stamp(), cardId});
        if (!q)
            return q.error();
        db.changed(Kind::Flashcards, *lectureId);
        return success();
    });
}
} // namespace

Result<Flashcard> LibraryStore::createFlashcard(const Flashcard &draft)
{
    Flashcard card = draft;
    card.id = draft.id.isEmpty() ? newId() : draft.id;
    const Status s = d->db->transaction([&]() -> Status {
        if (const auto course = liveLectureCourse(*d->db, card.lectureId); !course)
            return course.error();
        if (const Status v = validateCard(*d->db, card); !v)
            return v;
        card.updatedAt = d->db->stamp();
        auto q = d->db->exec(QStringLiteral("INSERT INTO flashcard (id, lecture_id, front, back, source_segment_id, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {card.id, card.lectureId, card.front, card.back,
                              LibraryDatabase::textOrNull(card.sourceSegmentId), d->db->nowText(), card.updatedAt});
        if (!q)
            return q.error();
        d->db->changed(Kind::Flashcards, card.lectureId);
        return success();
    });
    if (!s)
        return s.error();
    return card;
}

Status LibraryStore::updateFlashcard(const Flashcard &card)
{
    return d->db->transaction([&]() -> Status {
        const auto lectureId = cardLecture(*d->db, card.id, false);
        if (!lectureId)
            return lectureId.error();
        Flashcard checked = card;
        checked.lectureId = *lectureId; // a card stays with the lecture it was made from
        if (const Status v = validateCard(*d->db, checked); !v)
            return v;
        auto q = d->db->exec(QStringLiteral("UPDATE flashcard SET front = ?, back = ?, source_segment_id = ?, updated_at = ? "
                                            "WHERE id = ?"),
                             {card.front, card.back, LibraryDatabase::textOrNull(card.sourceSegmentId), d->db->stamp(), card.id});
        if (!q)
            return q.error();
        d->db->changed(Kind::Flashcards, *lectureId);
        return success();
    });
}

Status LibraryStore::deleteFlashcard(const QString &cardId)
{
    return setCardDeleted(*d->db, cardId, true);
}

Status LibraryStore::restoreFlashcard(const QString &cardId)
{
    return setCardDeleted(*d->db, cardId, false);
}

Result<Flashcard> LibraryStore::flashcard(const QString &cardId) const
{
    auto list = cardList(*d->db, QStringLiteral("SELECT ") + kCardColumns
                                     + QStringLiteral(" FROM flashcard f WHERE f.id = ? AND f.deleted = 0"),
                         {cardId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound(tr("The flashcard %1 does not exist or was deleted.").arg(cardId));
    return list->first();
}

Result<QList<Flashcard>> LibraryStore::flashcardsForLecture(const QString &lectureId) const
{
    return cardList(*d->db, QStringLiteral("SELECT ") + kCardColumns + kCardsFrom + kLiveCards
                                + QStringLiteral(" AND f.lecture_id = ? ORDER BY f.created_at, f.id"),
                    {lectureId});
}

Result<QList<Flashcard>> LibraryStore::flashcardsForCourse(const QString &courseId) const
{
    return cardList(*d->db, QStringLiteral("SELECT ") + kCardColumns + kCardsFrom + kLiveCards
                                + QStringLiteral(" AND l.course_id = ? ORDER BY l.recorded_at, l.id, f.created_at, f.id"),
                    {courseId});
}

Result<QList<Flashcard>> LibraryStore::dueFlashcards(const QDateTime &asOf, const QString &courseId, int limit) const
{
    QVariantList values;
    const QString scope = courseScope(courseId, values);
    values.prepend(LibraryDatabase::timeValue(asOf));
    return cardList(*d->db, QStringLiteral("SELECT ") + kCardColumns + kCardsFrom
                                + QStringLiteral("JOIN card_state s ON s.card_id = f.id AND s.state <> 0 AND s.due <= ?")
                                + kLiveCards + scope
                                + QStringLiteral(" ORDER BY s.due, f.id") + limitClause(limit),
                    values);
}

Result<QList<Flashcard>> LibraryStore::newFlashcards(const QString &courseId, int limit) const
{
    QVariantList values;
    const QString scope = courseScope(courseId, values);
    return cardList(*d->db, QStringLiteral("SELECT ") + kCardColumns + kCardsFrom
                                + QStringLiteral("LEFT JOIN card_state s ON s.card_id = f.id") + kLiveCards
                                + QStringLiteral(" AND COALESCE(s.state, 0) = 0") + scope
                                + QStringLiteral(" ORDER BY f.created_at, f.id") + limitClause(limit),
                    values);
}

Result<std::optional<CardSchedule>> LibraryStore::cardSchedule(const QString &cardId) const
{
    auto q = d->db->exec(QStringLiteral("SELECT state, stability, difficulty, due, last_review, reps, lapses, step "
                                        "FROM card_state WHERE card_id = ?"),
                         {cardId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CardSchedule>();
    CardSchedule s;
    s.cardId = cardId;
    s.state = q->value(0).toInt();
    s.stability = q->value(1).toDouble();
    s.difficulty = q->value(2).toDouble();
    s.due = LibraryDatabase::timeFrom(q->value(3));
    s.lastReview = LibraryDatabase::timeFrom(q->value(4));
    s.reps = q->value(5).toInt();
    s.lapses = q->value(6).toInt();
    s.step = q->value(7).toInt();
    return std::optional<CardSchedule>(s);
}

Status LibraryStore::putCardSchedule(const CardSchedule &s)
{
    if (!isState(s.state))
        return invalidArgument(tr("%1 is not an FSRS card state (0 to 3).").arg(s.state));
    if (!s.due.isValid())
        return invalidArgument(tr("The schedule of flashcard %1 has no due date.").arg(s.cardId));
    // Not stamped: the schedule is recomputed from the review log on every device, never synced.
    return d->db->transaction([&]() -> Status {
        const auto lectureId = cardLecture(*d->db, s.cardId, false);
        if (!lectureId)
            return lectureId.error();
        auto q = d->db->exec(
            QStringLiteral("INSERT INTO card_state (card_id, state, stability, difficulty, due, last_review, reps, lapses, step, stale, "
                           "lecture_id, shelved, buried_until) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, f.lecture_id, "
                           "f.deleted OR f.suspended, f.buried_until FROM flashcard f WHERE f.id = ? "
                           "ON CONFLICT (card_id) DO UPDATE SET state = excluded.state, "
                           "stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due, "
                           "last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses, "
                           "step = excluded.step, stale = 0"),
            {s.cardId, s.state, s.stability, s.difficulty, LibraryDatabase::timeValue(s.due),
             LibraryDatabase::timeValue(s.lastReview), s.reps, s.lapses, s.step, s.cardId});
        if (!q)
            return q.error();
        d->db->changed(Kind::Flashcards, *lectureId);
        return success();
    });
}

Result<ReviewLogEntry> LibraryStore::appendReview(const ReviewLogEntry &entry)
{
    if (entry.rating < 1 || entry.rating > 4)
        return invalidArgument(tr("%1 is not a review rating (1 again, 2 hard, 3 good, 4 easy).").arg(entry.rating));
    if (!isState(entry.stateBefore) || !isState(entry.stateAfter))
        return invalidArgument(tr("A review names an FSRS card state outside 0 to 3."));
    if (!entry.reviewedAt.isValid())
        return invalidArgument(tr("A review needs the time it was made."));
    if (entry.elapsedMs < 0)
        return invalidArgument(tr("The time spent answering a card cannot be negative."));
    ReviewLogEntry stored = entry;
    stored.id = entry.id.isEmpty() ? newId() : entry.id;
    const Status s = d->db->transaction([&]() -> Status {
        const auto lectureId = cardLecture(*d->db, stored.cardId, false);
        if (!lectureId)
            return lectureId.error();
        auto q = d->db->exec(QStringLiteral("INSERT INTO review_log (id, card_id, reviewed_at, rating, elapsed_ms, state_before, "
                                            "state_after, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (id) DO NOTHING"),
                             {stored.id, stored.cardId, LibraryDatabase::timeValue(stored.reviewedAt), stored.rating,
                              stored.elapsedMs, stored.stateBefore, stored.stateAfter, d->db->stamp()});
        if (!q)
            return q.error();
        if (q->numRowsAffected() > 0)
            d->db->changed(Kind::Flashcards, *lectureId);
        return success();
    });
    if (!s)
        return s.error();
    const auto log = reviewLog(stored.cardId);
    if (!log)
        return log.error();
    for (const ReviewLogEntry &e : *log) {
        if (e.id == stored.id)
            return e;
    }
    return notFound(tr("The review %1 belongs to another flashcard.").arg(stored.id));
}

Result<QList<ReviewLogEntry>> LibraryStore::reviewLog(const QString &cardId) const
{
    auto q = d->db->exec(QStringLiteral("SELECT id, card_id, reviewed_at, rating, elapsed_ms, state_before, state_after, "
                                        "updated_at FROM review_log WHERE card_id = ? AND deleted = 0 ORDER BY reviewed_at, id"),
                         {cardId});
    if (!q)
        return q.error();
    QList<ReviewLogEntry> list;
    while (q.value().next()) {
        list.append({q->value(0).toString(), q->value(1).toString(), LibraryDatabase::timeFrom(q->value(2)),
                     q->value(3).toInt(), q->value(4).toLongLong(), q->value(5).toInt(), q->value(6).toInt(),
                     q->value(7).toString()});
    }
    return list;
}

} // namespace lectern
