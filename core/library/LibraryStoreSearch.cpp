// LibraryStore: full-text search over transcripts and notes.

#include "library/LibraryStore.h"

#include "library/LibraryLogging.h"
#include "library/LibraryStorePrivate.h"
#include "library/SearchQuery.h"
#include "library/SearchRanker.h"

#include <algorithm>

namespace lectern {

namespace {
// Excerpt length in tokens; a transcript segment is usually a sentence, so it often fits whole.
constexpr int kSnippetTokens = 16;
constexpr int kMaxLimit = 500;

// Each index is asked for its best matches first (`best`), and only those get an excerpt and
// their lecture: an excerpt re-reads and re-tokenises its row, so one query that joined,
// excerpted and then sorted every match spent most of a common word's search on rows nobody
// would see. The excerpts need a MATCH cursor on their row; looking each row up on its own would
// set the query up again per row, which for a prefix means merging every word it starts, so the
// matches are walked once more in index order instead (cheap: no ranking, no reading of rows) and
// joined with `best`. The CROSS JOINs fix that order: SQLite would otherwise look up segment and
// lecture of every match before finding out it is not among the best.
// Tombstoned lectures and courses keep their rows in the index; their matches are marked rather
// than dropped here, so the caller can tell "fewer matches" from "matches of deleted lectures".
// `%1` ranks a row, `%2` is the excerpt length; char(57344) and char(57345) are U+E000 and
// U+E001, the match markers of SearchHit::snippet.
const QString kBestSegmentsSql = QStringLiteral(
    "WITH best AS MATERIALIZED ("
    "    SELECT rowid AS hit, %1 AS score FROM segment_fts WHERE segment_fts MATCH ? ORDER BY score, rowid LIMIT ?) "
    "SELECT best.score, l.deleted = 0 AND COALESCE(c.deleted, 0) = 0, l.id, l.title, COALESCE(c.id, ''), "
    "       COALESCE(c.name, ''), s.id, s.start_ms, snippet(segment_fts, 0, char(57344), char(57345), '…', %2) "
    "FROM segment_fts "
    "CROSS JOIN best ON best.hit = segment_fts.rowid "
    "CROSS JOIN transcript_segment s ON s.local_id = best.hit "
    "CROSS JOIN lecture l ON l.id = s.lecture_id "
    "LEFT JOIN course c ON c.id = l.course_id "
    "WHERE segment_fts MATCH ? "
    "ORDER BY best.score, best.hit");

const QString kBestNotesSql = QStringLiteral(
    "WITH best AS MATERIALIZED ("
    "    SELECT rowid AS hit, %1 AS score FROM note_fts WHERE note_fts MATCH ? ORDER BY score, rowid LIMIT ?) "
    "SELECT best.score, l.deleted = 0 AND COALESCE(c.deleted, 0) = 0, l.id, l.title, COALESCE(c.id, ''), "
    "       COALESCE(c.name, ''), '', 0, snippet(note_fts, 0, char(57344), char(57345), '…', %2) "
    "FROM note_fts "
    "CROSS JOIN best ON best.hit = note_fts.rowid "
    "CROSS JOIN note n ON n.local_id = best.hit "
    "CROSS JOIN lecture l ON l.id = n.lecture_id "
    "LEFT JOIN course c ON c.id = l.course_id "
    "WHERE note_fts MATCH ? "
    "ORDER BY best.score, best.hit");

struct Candidates
{
    QList<SearchHit> live;
    int count = 0;
};

// The `count` best matches of one index, of which those of live lectures are returned.
Result<Candidates> bestMatches(const LibraryDatabase &db, QHash<QString, QSqlQuery> &statements, SearchHit::Kind kind,
                               const QStringList &phrases, int count)
{
    const QString sql = kind == SearchHit::Kind::Segment
        ? kBestSegmentsSql.arg(SearchRanker::functionFor(QStringLiteral("segment_fts"))).arg(kSnippetTokens)
        : kBestNotesSql.arg(SearchRanker::functionFor(QStringLiteral("note_fts"))).arg(kSnippetTokens);
    auto statement = statements.find(sql);
    if (statement == statements.end()) {
        auto prepared = db.prepare(sql);
        if (!prepared)
            return prepared.error();
        statement = statements.insert(sql, std::move(prepared).value());
    }
    QSqlQuery &q = statement.value();
    const QString match = phrases.join(u' ');
    if (const Status ran = db.run(q, {SearchRanker::phrasesArgument(phrases), match, count, match}); !ran)
        return ran.error();
    Candidates found;
    while (q.next()) {
        ++found.count;
        if (!q.value(1).toBool())
            continue;
        SearchHit hit;
        hit.kind = kind;
        hit.score = q.value(0).toDouble();
        hit.lectureId = q.value(2).toString();
        hit.lectureTitle = q.value(3).toString();
        hit.courseId = q.value(4).toString();
        hit.courseName = q.value(5).toString();
        hit.segmentId = q.value(6).toString();
        hit.startMs = q.value(7).toLongLong();
        hit.snippet = q.value(8).toString();
        found.live.append(hit);
    }
    // Ends the read, so that the kept statement does not hold the database open at this moment.
    q.finish();
    return found;
}

// The `limit` best matches of one index among live lectures.
Result<QList<SearchHit>> bestLiveMatches(const LibraryDatabase &db, QHash<QString, QSqlQuery> &statements,
                                         SearchHit::Kind kind, const QStringList &phrases, int limit)
{
    // Excerpts are the dearest part of a row, so no more are asked for than are needed; only when
    // matches of deleted lectures were among them is the query repeated, with more.
    int count = limit;
    for (;;) {
        auto found = bestMatches(db, statements, kind, phrases, count);
        if (!found)
            return found.error();
        if (found->live.size() >= limit || found->count < count)
            return found->live.mid(0, limit);
        count *= 4;
    }
}
} // namespace

Result<QList<SearchHit>> LibraryStore::search(const QString &query, int limit) const
{
    const QStringList phrases = toFts5Phrases(query);
    if (phrases.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    limit = std::min(limit, kMaxLimit);
    if (const Status ready = d->ranker->refresh(); !ready)
        return ready.error();
    QList<SearchHit> hits;
    for (const SearchHit::Kind kind : {SearchHit::Kind::Segment, SearchHit::Kind::Note}) {
        auto found = bestLiveMatches(*d->db, d->searchStatements, kind, phrases, limit);
        if (!found) {
            // The query is built so that FTS5 cannot reject it; should that ever happen, the
            // student sees no results rather than an SQL message about their typing. Other
            // failures (a damaged file, a full disk) are real and are reported.
            if (!found.error().message.contains(QLatin1String("fts5"), Qt::CaseInsensitive))
                return found.error();
            qCWarning(lcLibrary) << "search for" << query << "as" << phrases << "was refused:" << found.error().message;
            return QList<SearchHit>();
        }
        hits.append(*found);
    }
    // Best first; on a tie transcript before notes, then earlier in the lecture.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (a.kind != b.kind)
            return a.kind == SearchHit::Kind::Segment;
        return a.startMs < b.startMs;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace lectern
