// LibraryStore: what the study queue reads (due and new cards, today's introductions, cached
// schedules gone stale) and the card flags it writes (suspended, buried, withdrawn reviews).

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

// The cards studied at the given time: for one course, live cards of its live lectures that are
// not suspended or buried (the course may be archived: the student chose it); for the review of
// everything, the cards card_state does not mark hidden (deleted, suspended, or of a deleted
// lecture or a deleted or archived course) and that are not buried. The latter is the common read
// and filters on one indexed flag; the former checks the course's few lectures for each card.
QString studiedCards(const QString &courseId, const QDateTime &now, QVariantList &values)
{
    values.append(LibraryDatabase::timeValue(now));
    const QString notBuried = QStringLiteral(" AND (s.buried_until IS NULL OR s.buried_until <= ?)");
    if (courseId.isEmpty())
        return QStringLiteral(" AND s.hidden = 0") + notBuried;
    values.append(courseId);
    return QStringLiteral(" AND s.shelved = 0") + notBuried
        + QStringLiteral(" AND s.lecture_id IN (SELECT l.id FROM lecture l JOIN course c ON c.id = l.course_id "
                         "WHERE l.course_id = ? AND l.deleted = 0 AND c.deleted = 0)");
}

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
    // State 2 is FSRS review; the other non-new states are learning and relearning. The ranking
    // is the same double arithmetic the study code would do, in the same order.
    QVariantList values{now.toMSecsSinceEpoch(), before.toMSecsSinceEpoch()};
    const QString sql = QStringLiteral("SELECT s.card_id, s.due_ms, CASE WHEN s.state <> 2 THEN NULL WHEN s.stability > 0 "
                                       "THEN ((? - COALESCE(s.last_review_ms, 0)) / 86400000.0) / s.stability ELSE 0.0 END "
                                       "FROM card_state s WHERE s.state <> 0 AND s.due_ms < ?")
                        + studiedCards(courseId, now, values);
    auto q = d->db->exec(sql, values);
    if (!q)
        return q.error();
    QList<ScheduledCard> cards;
    while (q.value().next()) {
        const QVariant rank = q->value(2);
        cards.append({q->value(0).toString(), rank.isNull(), q->value(1).toLongLong(), rank.toDouble()});
    }
    return cards;
}

Result<QStringList> LibraryStore::newCardIds(const QDateTime &now, const QString &courseId, int limit) const
{
    if (limit <= 0)
        return QStringList();
    QVariantList values;
    const QString sql = QStringLiteral("SELECT s.card_id FROM card_state s WHERE s.state = 0")
                        + studiedCards(courseId, now, values)
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
