// LibraryStore: what the study queue reads (due and new cards, today's introductions, cached
// schedules gone stale) and the card flags it writes (suspended, buried, withdrawn reviews).

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

// The lectures whose cards are studied: live ones of a live course, either of one course or
// (for the review of everything) of every course not archived, unfiled lectures included. For
// everything it names the lectures left out instead, which are few (usually none), so that the
// check on each due card is cheap.
QString studiedLectures(const QString &courseId, QVariantList &values)
{
    if (courseId.isEmpty()) {
        return QStringLiteral(" AND s.lecture_id NOT IN (SELECT l.id FROM lecture l LEFT JOIN course c ON c.id = l.course_id "
                              "WHERE l.deleted = 1 OR COALESCE(c.deleted, 0) = 1 OR COALESCE(c.archived, 0) = 1)");
    }
    values.append(courseId);
    return QStringLiteral(" AND s.lecture_id IN (SELECT l.id FROM lecture l JOIN course c ON c.id = l.course_id "
                          "WHERE l.course_id = ? AND l.deleted = 0 AND c.deleted = 0)");
}

// A card the student can study at the given time: not deleted, suspended or buried. Read from
// card_state's copies of the card's flags, so the queue never looks up the cards themselves.
const QString kStudiableCard = QStringLiteral(" AND s.shelved = 0 AND COALESCE(s.buried_until, '') <= ?");

Status setCardFlag(LibraryDatabase &db, const QString &cardId, const QString &assignment, const QVariant &value)
{
    return db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("SELECT lecture_id FROM flashcard WHERE id = ? AND deleted = 0"), {cardId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(LibraryStore::tr("The flashcard %1 does not exist or was deleted.").arg(cardId));
        const QString lectureId = q->value(0).toString();
        auto update = db.exec(QStringLiteral("UPDATE flashcard SET ") + assignment + QStringLiteral(", updated_at = ? WHERE id = ?"),
                              {value, db.stamp(), cardId});
        if (!update)
            return update.error();
        db.changed(Kind::Flashcards, lectureId);
        return success();
    });
}
} // namespace

Status LibraryStore::setFlashcardSuspended(const QString &cardId, bool suspended)
{
    return setCardFlag(*d->db, cardId, QStringLiteral("suspended = ?"), int(suspended));
}

Status LibraryStore::buryFlashcard(const QString &cardId, const QDateTime &until)
{
    return setCardFlag(*d->db, cardId, QStringLiteral("buried_until = ?"), LibraryDatabase::timeValue(until));
}

Result<QList<LibraryStore::ScheduledCard>> LibraryStore::scheduledCardsDueBefore(const QDateTime &before, const QDateTime &now,
                                                                                 const QString &courseId) const
{
    QVariantList values{before.toMSecsSinceEpoch(), LibraryDatabase::timeValue(now)};
    const QString sql = QStringLiteral("SELECT s.card_id, s.state, s.due_ms, s.stability, s.last_review_ms "
                                       "FROM card_state s WHERE s.state <> 0 AND s.due_ms < ?")
                        + kStudiableCard + studiedLectures(courseId, values);
    auto q = d->db->exec(sql, values);
    if (!q)
        return q.error();
    QList<ScheduledCard> cards;
    while (q.value().next()) {
        cards.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong(), q->value(3).toDouble(),
                      q->value(4).toLongLong()});
    }
    return cards;
}

Result<QStringList> LibraryStore::newCardIds(const QDateTime &now, const QString &courseId, int limit) const
{
    if (limit <= 0)
        return QStringList();
    QVariantList values{LibraryDatabase::timeValue(now)};
    const QString sql = QStringLiteral("SELECT s.card_id FROM card_state s WHERE s.state = 0")
                        + kStudiableCard + studiedLectures(courseId, values)
                        + QStringLiteral(" ORDER BY s.due_ms, s.card_id LIMIT %1").arg(limit);
    auto q = d->db->exec(sql, values);
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids.append(q->value(0).toString());
    return ids;
}

Result<int> LibraryStore::cardsIntroducedBetween(const QDateTime &from, const QDateTime &to, const QString &courseId) const
{
    QVariantList values{LibraryDatabase::timeValue(from), LibraryDatabase::timeValue(to)};
    QString scope;
    if (!courseId.isEmpty()) {
        scope = QStringLiteral(" AND r.card_id IN (SELECT f.id FROM flashcard f JOIN lecture l ON l.id = f.lecture_id "
                               "WHERE l.course_id = ?)");
        values.append(courseId);
    }
    // Distinct cards: two devices may each have introduced the same card before they synced.
    auto q = d->db->exec(QStringLiteral("SELECT COUNT(DISTINCT r.card_id) FROM review_log r "
                                        "WHERE r.state_before = 0 AND r.deleted = 0 AND r.reviewed_at >= ? AND r.reviewed_at < ?")
                             + scope,
                         values);
    if (!q)
        return q.error();
    return q.value().next() ? q->value(0).toInt() : 0;
}

Result<QList<QPair<QString, QDateTime>>> LibraryStore::staleCardSchedules() const
{
    auto q = d->db->exec(QStringLiteral("SELECT s.card_id, f.created_at FROM card_state s JOIN flashcard f ON f.id = s.card_id "
                                        "WHERE s.stale = 1 AND f.deleted = 0"));
    if (!q)
        return q.error();
    QList<QPair<QString, QDateTime>> cards;
    while (q.value().next())
        cards.append({q->value(0).toString(), LibraryDatabase::timeFrom(q->value(1))});
    return cards;
}

Status LibraryStore::invalidateCardSchedules()
{
    return d->db->transaction([&]() -> Status {
        auto q = d->db->exec(QStringLiteral("UPDATE card_state SET stale = 1 WHERE stale = 0"));
        if (!q)
            return q.error();
        return success();
    });
}

Status LibraryStore::withdrawReview(const QString &reviewId)
{
    return d->db->transaction([&]() -> Status {
        auto q = d->db->exec(QStringLiteral("SELECT f.lecture_id FROM review_log r JOIN flashcard f ON f.id = r.card_id "
                                            "WHERE r.id = ? AND r.deleted = 0"),
                             {reviewId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(tr("There is no review %1 to withdraw.").arg(reviewId));
        const QString lectureId = q->value(0).toString();
        auto update = d->db->exec(QStringLiteral("UPDATE review_log SET deleted = 1, updated_at = ? WHERE id = ?"),
                                  {d->db->stamp(), reviewId});
        if (!update)
            return update.error();
        d->db->changed(Kind::Flashcards, lectureId);
        return success();
    });
}

} // namespace lectern
