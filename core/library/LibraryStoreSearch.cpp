// LibraryStore: full-text search over transcripts and notes.

#include "library/LibraryStore.h"

#include "library/LibraryLogging.h"
#include "library/LibraryStorePrivate.h"
#include "library/SearchQuery.h"

namespace lectern {

namespace {
// Excerpt length in tokens; a transcript segment is usually a sentence, so it often fits whole.
constexpr int kSnippetTokens = 16;
constexpr int kMaxLimit = 500;

// char(57344) and char(57345) are U+E000 and U+E001, the match markers of SearchHit::snippet.
const QString kSearchSql = QStringLiteral(
    "SELECT 0 AS kind, l.id, l.title, COALESCE(c.id, ''), COALESCE(c.name, ''), s.id, s.start_ms, "
    "       snippet(segment_fts, 0, char(57344), char(57345), '…', %1), bm25(segment_fts) AS score "
    "FROM segment_fts "
    "JOIN transcript_segment s ON s.local_id = segment_fts.rowid "
    "JOIN lecture l ON l.id = s.lecture_id AND l.deleted = 0 "
    "LEFT JOIN course c ON c.id = l.course_id "
    "WHERE segment_fts MATCH ? AND COALESCE(c.deleted, 0) = 0 "
    "UNION ALL "
    "SELECT 1 AS kind, l.id, l.title, COALESCE(c.id, ''), COALESCE(c.name, ''), '', 0, "
    "       snippet(note_fts, 0, char(57344), char(57345), '…', %1), bm25(note_fts) AS score "
    "FROM note_fts "
    "JOIN note n ON n.local_id = note_fts.rowid "
    "JOIN lecture l ON l.id = n.lecture_id AND l.deleted = 0 "
    "LEFT JOIN course c ON c.id = l.course_id "
    "WHERE note_fts MATCH ? AND COALESCE(c.deleted, 0) = 0 "
    "ORDER BY score, kind, 7 "
    "LIMIT ?");
} // namespace

Result<QList<SearchHit>> LibraryStore::search(const QString &query, int limit) const
{
    const QString match = toFts5Query(query);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    auto q = d->db->exec(kSearchSql.arg(kSnippetTokens), {match, match, std::min(limit, kMaxLimit)});
    if (!q) {
        // The query is built so that FTS5 cannot reject it; should that ever happen, the student
        // sees no results rather than an SQL message about their typing. Other failures (a
        // damaged file, a full disk) are real and are reported.
        if (!q.error().message.contains(QLatin1String("fts5"), Qt::CaseInsensitive))
            return q.error();
        qCWarning(lcLibrary) << "search for" << query << "as" << match << "was refused:" << q.error().message;
        return QList<SearchHit>();
    }
    QList<SearchHit> hits;
    while (q.value().next()) {
        SearchHit hit;
        hit.kind = q->value(0).toInt() == 0 ? SearchHit::Kind::Segment : SearchHit::Kind::Note;
        hit.lectureId = q->value(1).toString();
        hit.lectureTitle = q->value(2).toString();
        hit.courseId = q->value(3).toString();
        hit.courseName = q->value(4).toString();
        hit.segmentId = q->value(5).toString();
        hit.startMs = q->value(6).toLongLong();
        hit.snippet = q->value(7).toString();
        hit.score = q->value(8).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace lectern
