// LibraryStore: transcript segments and notes.

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

const QString kSegmentColumns = QStringLiteral(
    "id, lecture_id, start_ms, end_ms, text, COALESCE(edited_text, ''), speaker, updated_at");

TranscriptSegment segmentFrom(const QSqlQuery &q)
{
    TranscriptSegment s;
    s.id = q.value(0).toString();
    s.lectureId = q.value(1).toString();
    s.startMs = q.value(2).toLongLong();
    s.endMs = q.value(3).toLongLong();
    s.text = q.value(4).toString();
    s.editedText = q.value(5).toString();
    s.speaker = q.value(6).toString();
    s.updatedAt = q.value(7).toString();
    return s;
}

// Every device derives the same note id for a lecture, so notes started offline on two devices
// are one record and the later edit wins instead of one note silently shadowing the other.
QString noteIdFor(const QString &lectureId)
{
    static const QUuid kNoteNamespace(QStringLiteral("5b0f3c55-1e0b-4d8e-9a57-0b1c6f5d2a11"));
    return QUuid::createUuidV5(kNoteNamespace, QStringLiteral("note/") + lectureId).toString(QUuid::WithoutBraces);
}
} // namespace

Status LibraryStore::replaceSegments(const QString &lectureId, const QList<TranscriptSegment> &segments)
{
    for (const TranscriptSegment &s : segments) {
        if (s.startMs < 0 || s.endMs < s.startMs)
            return invalidArgument(tr("A transcript segment must not end before it starts (%1 ms to %2 ms).")
                                       .arg(s.startMs).arg(s.endMs));
    }
    return d->db->transaction([&]() -> Status {
        if (const auto course = liveLectureCourse(*d->db, lectureId); !course)
            return course.error();
        const QString stamp = d->db->stamp();
        auto retired = d->db->exec(QStringLiteral("UPDATE transcript_segment SET deleted = 1, updated_at = ? "
                                                  "WHERE lecture_id = ? AND deleted = 0"),
                                   {stamp, lectureId});
        if (!retired)
            return retired.error();
        // A segment that keeps its id (e.g. re-saved with its correction) comes back to life; an id
        // that belongs to another lecture is refused by the WHERE of the upsert.
        const QString upsert = QStringLiteral(
            "INSERT INTO transcript_segment (id, lecture_id, start_ms, end_ms, text, edited_text, speaker, updated_at, deleted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT (id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms, text = excluded.text, "
            "edited_text = excluded.edited_text, speaker = excluded.speaker, updated_at = excluded.updated_at, deleted = 0 "
            "WHERE transcript_segment.lecture_id = excluded.lecture_id");
        auto query = d->db->prepare(upsert);
        if (!query)
            return query.error();
        for (const TranscriptSegment &s : segments) {
            const QString id = s.id.isEmpty() ? newId() : s.id;
            const QString edited = s.editedText == s.text ? QString() : s.editedText;
            const Status written = d->db->run(
                query.value(), {id, lectureId, s.startMs, s.endMs, s.text, LibraryDatabase::textOrNull(edited), s.speaker, stamp});
            if (!written)
                return written;
            if (query->numRowsAffected() == 0)
                return invalidArgument(tr("The transcript segment %1 belongs to another lecture.").arg(id));
        }
        d->db->changed(Kind::Transcript, lectureId);
        return success();
    });
}

Result<QList<TranscriptSegment>> LibraryStore::segments(const QString &lectureId) const
{
    auto q = d->db->exec(QStringLiteral("SELECT ") + kSegmentColumns
                             + QStringLiteral(" FROM transcript_segment WHERE lecture_id = ? AND deleted = 0 "
                                              "ORDER BY start_ms, local_id"),
                         {lectureId});
    if (!q)
        return q.error();
    QList<TranscriptSegment> list;
    while (q.value().next())
        list.append(segmentFrom(*q));
    return list;
}

Result<QSet<QString>> LibraryStore::transcribedLectures(const QStringList &lectureIds) const
{
    QSet<QString> transcribed;
    for (const QString &id : lectureIds) {
        // One index probe per lecture: the first live segment is enough.
        auto q = d->db->exec(QStringLiteral("SELECT 1 FROM transcript_segment WHERE lecture_id = ? AND deleted = 0 LIMIT 1"),
                             {id});
        if (!q)
            return q.error();
        if (q.value().next())
            transcribed.insert(id);
    }
    return transcribed;
}

Status LibraryStore::editSegmentText(const QString &segmentId, const QString &text)
{
    return d->db->transaction([&]() -> Status {
        auto q = d->db->exec(QStringLiteral("SELECT s.lecture_id, s.text FROM transcript_segment s "
                                            "JOIN lecture l ON l.id = s.lecture_id AND l.deleted = 0 "
                                            "WHERE s.id = ? AND s.deleted = 0"),
                             {segmentId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(tr("The transcript segment %1 does not exist or was deleted.").arg(segmentId));
        const QString lectureId = q->value(0).toString();
        const QString machineText = q->value(1).toString();
        // Clearing a correction, or typing the machine text back, returns to the machine text.
        const QString edited = text.trimmed().isEmpty() || text == machineText ? QString() : text;
        auto update = d->db->exec(QStringLiteral("UPDATE transcript_segment SET edited_text = ?, updated_at = ? WHERE id = ?"),
                                  {LibraryDatabase::textOrNull(edited), d->db->stamp(), segmentId});
        if (!update)
            return update.error();
        d->db->changed(Kind::Transcript, lectureId);
        return success();
    });
}

Result<Note> LibraryStore::note(const QString &lectureId) const
{
    if (const auto course = liveLectureCourse(*d->db, lectureId); !course)
        return course.error();
    auto q = d->db->exec(QStringLiteral("SELECT id, markdown, updated_at FROM note WHERE lecture_id = ? AND deleted = 0"),
                         {lectureId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Note{noteIdFor(lectureId), lectureId, {}, {}};
    return Note{q->value(0).toString(), lectureId, q->value(1).toString(), q->value(2).toString()};
}

Status LibraryStore::setNote(const QString &lectureId, const QString &markdown)
{
    return d->db->transaction([&]() -> Status {
        const auto current = note(lectureId);
        if (!current)
            return current.error();
        // Autosave calls this often; an unchanged note must not become a change to sync.
        if (!current->updatedAt.isEmpty() && current->markdown == markdown)
            return success();
        auto q = d->db->exec(QStringLiteral("INSERT INTO note (id, lecture_id, markdown, updated_at, deleted) VALUES (?, ?, ?, ?, 0) "
                                            "ON CONFLICT (lecture_id) DO UPDATE SET markdown = excluded.markdown, "
                                            "updated_at = excluded.updated_at, deleted = 0"),
                             {noteIdFor(lectureId), lectureId, markdown, d->db->stamp()});
        if (!q)
            return q.error();
        d->db->changed(Kind::Notes, lectureId);
        return success();
    });
}

} // namespace lectern
