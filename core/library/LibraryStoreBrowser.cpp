// LibraryStore: what the card browser reads (every card with its course, lecture and schedule,
// filtered, searched and sorted) and the bulk changes it makes (suspend, delete, move).

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

const QString kBrowsedColumns = QStringLiteral(
    "SELECT f.id, f.lecture_id, f.front, f.back, COALESCE(f.source_segment_id, ''), f.updated_at, "
    "COALESCE(l.course_id, ''), COALESCE(c.name, ''), l.title, COALESCE(s.state, 0), f.suspended, "
    "COALESCE(s.due, f.created_at), COALESCE(s.lapses, 0) ");
// Live cards of live lectures in live courses (archived ones included) or in none.
const QString kBrowsedFrom = QStringLiteral(
    "FROM flashcard f JOIN lecture l ON l.id = f.lecture_id AND l.deleted = 0 "
    "LEFT JOIN course c ON c.id = l.course_id LEFT JOIN card_state s ON s.card_id = f.id "
    "WHERE f.deleted = 0 AND COALESCE(c.deleted, 0) = 0");

BrowsedCard browsedFrom(const QSqlQuery &q)
{
    BrowsedCard b;
    b.card = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    b.courseId = q.value(6).toString();
    b.courseName = q.value(7).toString();
    b.lectureTitle = q.value(8).toString();
    b.state = q.value(9).toInt();
    b.suspended = q.value(10).toInt() != 0;
    b.due = LibraryDatabase::timeFrom(q.value(11));
    b.lapses = q.value(12).toInt();
    return b;
}

QString stateCondition(CardStateFilter state)
{
    switch (state) {
    case CardStateFilter::Any:
        return {};
    case CardStateFilter::New:
        return QStringLiteral(" AND f.suspended = 0 AND COALESCE(s.state, 0) = 0");
    case CardStateFilter::Learning:
        return QStringLiteral(" AND f.suspended = 0 AND s.state = 1");
    case CardStateFilter::Review:
        return QStringLiteral(" AND f.suspended = 0 AND s.state = 2");
    case CardStateFilter::Relearning:
        return QStringLiteral(" AND f.suspended = 0 AND s.state = 3");
    case CardStateFilter::Suspended:
        return QStringLiteral(" AND f.suspended = 1");
    }
    return {};
}

QString sortExpression(CardSortKey key)
{
    switch (key) {
    case CardSortKey::Created:
        return QStringLiteral("f.created_at");
    case CardSortKey::Front:
        return QStringLiteral("f.front COLLATE NOCASE");
    case CardSortKey::Back:
        return QStringLiteral("f.back COLLATE NOCASE");
    case CardSortKey::Course:
        return QStringLiteral("COALESCE(c.name, '') COLLATE NOCASE");
    case CardSortKey::Lecture:
        return QStringLiteral("l.title COLLATE NOCASE");
    case CardSortKey::State:
        return QStringLiteral("f.suspended, COALESCE(s.state, 0)");
    case CardSortKey::Due:
        return QStringLiteral("COALESCE(s.due, f.created_at)");
    case CardSortKey::Lapses:
        return QStringLiteral("COALESCE(s.lapses, 0)");
    }
    return QStringLiteral("f.created_at");
}

// Text as compared by the browser's search: case folded, accents dropped ("Übung" finds "ubung"),
// so that a student need not type what their keyboard makes awkward.
QString searchFolded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            folded.append(ch);
    }
    return folded.toCaseFolded();
}

// The words of a text, folded, split at everything that is not a letter or a digit.
QStringList foldedWords(const QString &text)
{
    static const QRegularExpression kNotWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return searchFolded(text).split(kNotWord, Qt::SkipEmptyParts);
}

// Every word of the query starts a word of the front or the back, as in the lecture search: "mito"
// finds "Mitose", but "is" does not find "Osmosis".
bool matchesAllWords(const BrowsedCard &card, const QStringList &queryWords)
{
    const QStringList textWords = foldedWords(card.card.front + QChar(u' ') + card.card.back);
    for (const QString &word : queryWords) {
        const bool found = std::any_of(textWords.cbegin(), textWords.cend(),
                                       [&word](const QString &textWord) { return textWord.startsWith(word); });
        if (!found)
            return false;
    }
    return true;
}

QStringList uniqueIds(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}

// A live card's lecture and source segment; nullopt when the card is missing or deleted, which a
// bulk change skips: the browser's selection may hold a card deleted meanwhile on another device.
Result<std::optional<CardPlacement>> livePlacement(const LibraryDatabase &db, const QString &cardId)
{
    auto q = db.exec(QStringLiteral("SELECT lecture_id, COALESCE(source_segment_id, '') FROM flashcard "
                                    "WHERE id = ? AND deleted = 0"),
                     {cardId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CardPlacement>();
    return std::optional<CardPlacement>(CardPlacement{cardId, q->value(0).toString(), q->value(1).toString()});
}

constexpr int kHandwrittenLectureAttempts = 16;

QString handwrittenLectureId(const QString &courseId, int attempt)
{
    static const QUuid kHandwrittenNamespace(QStringLiteral("4b8f2d7e-91c3-4e6a-b05d-2c7a9e1f3d68"));
    QString name = QStringLiteral("handwritten-cards/") + courseId;
    if (attempt > 0)
        name += QStringLiteral("/%1").arg(attempt);
    return QUuid::createUuidV5(kHandwrittenNamespace, name).toString(QUuid::WithoutBraces);
}
} // namespace

Result<CardPage> LibraryStore::browseFlashcards(const CardQuery &query) const
{
    QString where;
    QVariantList values;
    if (query.courseId) {
        if (query.courseId->isEmpty()) {
            where += QStringLiteral(" AND l.course_id IS NULL");
        } else {
            where += QStringLiteral(" AND l.course_id = ?");
            values.append(*query.courseId);
        }
    }
    where += stateCondition(query.state);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = sortExpression(query.sortKey);
    order.replace(QStringLiteral(", "), direction + QStringLiteral(", "));
    QString sql = kBrowsedColumns + kBrowsedFrom + where + QStringLiteral(" ORDER BY ") + order + direction
                  + QStringLiteral(", f.created_at") + direction + QStringLiteral(", f.id");

    const int offset = qMax(0, query.offset);
    // Punctuation the student types ("eigen-value?") separates words as it does in the cards.
    const QStringList words = foldedWords(query.text);

    CardPage page;
    if (words.isEmpty()) {
        // Without words to match, SQLite counts and pages, so a large library reads one page.
        auto count = d->db->exec(QStringLiteral("SELECT COUNT(*) ") + kBrowsedFrom + where, values);
        if (!count)
            return count.error();
        page.total = count.value().next() ? count->value(0).toInt() : 0;
        if (query.limit >= 0 || offset > 0)
            sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit >= 0 ? query.limit : -1).arg(offset);
        auto q = d->db->exec(sql, values);
        if (!q)
            return q.error();
        while (q.value().next())
            page.cards.append(browsedFrom(*q));
        return page;
    }

    // Folding case and accents the way a student expects is beyond SQLite's LIKE, so the words
    // are matched here, on the cards the other filters left.
    auto q = d->db->exec(sql, values);
    if (!q)
        return q.error();
    while (q.value().next()) {
        BrowsedCard card = browsedFrom(*q);
        if (!matchesAllWords(card, words))
            continue;
        if (page.total >= offset && (query.limit < 0 || page.cards.size() < query.limit))
            page.cards.append(std::move(card));
        ++page.total;
    }
    return page;
}

Result<Lecture> LibraryStore::handwrittenCardsLecture(const QString &courseId)
{
    std::optional<Lecture> found;
    const Status s = d->db->transaction([&]() -> Status {
        // A student may have moved the lecture into another course; then the next id is this
        // course's, still the same on every device.
        for (int attempt = 0; attempt < kHandwrittenLectureAttempts; ++attempt) {
            const QString id = handwrittenLectureId(courseId, attempt);
            auto q = d->db->exec(QStringLiteral("SELECT COALESCE(course_id, ''), deleted FROM lecture WHERE id = ?"), {id});
            if (!q)
                return q.error();
            if (!q.value().next()) {
                Lecture draft;
                draft.id = id;
                draft.courseId = courseId;
                draft.title = tr("Cards written by hand");
                auto created = createLecture(draft);
                if (!created)
                    return created.error();
                found = *created;
                return success();
            }
            if (q->value(0).toString() != courseId)
                continue;
            if (q->value(1).toInt() != 0) {
                if (const Status restored = restoreLecture(id); !restored)
                    return restored;
            }
            auto existing = lecture(id);
            if (!existing)
                return existing.error();
            found = *existing;
            return success();
        }
        return invalidArgument(tr("There is no room for another lecture of cards written by hand in this course."));
    });
    if (!s)
        return s.error();
    return *found;
}

bool LibraryStore::isHandwrittenCardsLecture(const Lecture &lecture)
{
    for (int attempt = 0; attempt < kHandwrittenLectureAttempts; ++attempt) {
        if (lecture.id == handwrittenLectureId(lecture.courseId, attempt))
            return true;
    }
    return false;
}

Result<QStringList> LibraryStore::setFlashcardsSuspended(const QStringList &cardIds, bool suspended)
{
    QStringList changed;
    const Status s = d->db->transaction([&]() -> Status {
        auto update = d->db->prepare(QStringLiteral("UPDATE flashcard SET suspended = ?, updated_at = ? "
                                                    "WHERE id = ? AND deleted = 0 AND suspended <> ?"));
        if (!update)
            return update.error();
        for (const QString &id : uniqueIds(cardIds)) {
            const auto placement = livePlacement(*d->db, id);
            if (!placement)
                return placement.error();
            if (!*placement)
                continue;
            if (const Status ran = d->db->run(update.value(), {int(suspended), d->db->stamp(), id, int(suspended)}); !ran)
                return ran;
            if (update.value().numRowsAffected() > 0) {
                changed.append(id);
                d->db->changed(Kind::Flashcards, (*placement)->lectureId);
            }
        }
        return success();
    });
    if (!s)
        return s.error();
    return changed;
}

Result<QStringList> LibraryStore::deleteFlashcards(const QStringList &cardIds)
{
    QStringList deleted;
    const Status s = d->db->transaction([&]() -> Status {
        auto update = d->db->prepare(QStringLiteral("UPDATE flashcard SET deleted = 1, updated_at = ? WHERE id = ?"));
        if (!update)
            return update.error();
        for (const QString &id : uniqueIds(cardIds)) {
            const auto placement = livePlacement(*d->db, id);
            if (!placement)
                return placement.error();
            if (!*placement)
                continue;
            if (const Status ran = d->db->run(update.value(), {d->db->stamp(), id}); !ran)
                return ran;
            deleted.append(id);
            d->db->changed(Kind::Flashcards, (*placement)->lectureId);
        }
        return success();
    });
    if (!s)
        return s.error();
    return deleted;
}

Status LibraryStore::restoreFlashcards(const QStringList &cardIds)
{
    return d->db->transaction([&]() -> Status {
        for (const QString &id : uniqueIds(cardIds)) {
            if (const Status restored = restoreFlashcard(id); !restored)
                return restored;
        }
        return success();
    });
}

Result<QList<CardPlacement>> LibraryStore::moveFlashcards(const QStringList &cardIds, const QString &lectureId)
{
    QList<CardPlacement> before;
    const Status s = d->db->transaction([&]() -> Status {
        if (const auto course = liveLectureCourse(*d->db, lectureId); !course)
            return course.error();
        QList<CardPlacement> moves;
        for (const QString &id : uniqueIds(cardIds)) {
            const auto placement = livePlacement(*d->db, id);
            if (!placement)
                return placement.error();
            if (!*placement || (*placement)->lectureId == lectureId)
                continue;
            before.append(**placement);
            moves.append({id, lectureId, QString()});
        }
        return placeFlashcards(moves);
    });
    if (!s)
        return s.error();
    return before;
}

Result<QList<CardPlacement>> LibraryStore::moveFlashcardsToCourse(const QStringList &cardIds, const QString &courseId)
{
    QList<CardPlacement> before;
    const Status s = d->db->transaction([&]() -> Status {
        // Cards already in the course stay in their lecture; the others join its handwritten cards.
        QStringList leaving;
        for (const QString &id : uniqueIds(cardIds)) {
            auto q = d->db->exec(QStringLiteral("SELECT COALESCE(l.course_id, '') FROM flashcard f "
                                                "JOIN lecture l ON l.id = f.lecture_id WHERE f.id = ? AND f.deleted = 0"),
                                 {id});
            if (!q)
                return q.error();
            if (q.value().next() && q->value(0).toString() != courseId)
                leaving.append(id);
        }
        if (leaving.isEmpty())
            return success();
        const auto target = handwrittenCardsLecture(courseId);
        if (!target)
            return target.error();
        auto moved = moveFlashcards(leaving, target->id);
        if (!moved)
            return moved.error();
        before = *moved;
        return success();
    });
    if (!s)
        return s.error();
    return before;
}

Status LibraryStore::placeFlashcards(const QList<CardPlacement> &placements)
{
    return d->db->transaction([&]() -> Status {
        for (const CardPlacement &placement : placements) {
            const auto current = livePlacement(*d->db, placement.cardId);
            if (!current)
                return current.error();
            if (!*current)
                return notFound(tr("The flashcard %1 does not exist or was deleted.").arg(placement.cardId));
            if (const auto course = liveLectureCourse(*d->db, placement.lectureId); !course)
                return course.error();
            QString segmentId = placement.sourceSegmentId;
            if (!segmentId.isEmpty()) {
                auto q = d->db->exec(QStringLiteral("SELECT 1 FROM transcript_segment WHERE id = ? AND lecture_id = ?"),
                                     {segmentId, placement.lectureId});
                if (!q)
                    return q.error();
                if (!q.value().next())
                    segmentId.clear(); // re-transcribed since: the card keeps its place, not the link
            }
            auto update = d->db->exec(QStringLiteral("UPDATE flashcard SET lecture_id = ?, source_segment_id = ?, updated_at = ? "
                                                     "WHERE id = ?"),
                                      {placement.lectureId, LibraryDatabase::textOrNull(segmentId), d->db->stamp(),
                                       placement.cardId});
            if (!update)
                return update.error();
            d->db->changed(Kind::Flashcards, (*current)->lectureId);
            d->db->changed(Kind::Flashcards, placement.lectureId);
        }
        return success();
    });
}

} // namespace lectern
