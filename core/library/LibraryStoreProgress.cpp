// LibraryStore: the study history the progress dashboard, streaks and achievements are derived from.
// Nothing here is stored for the dashboard's sake, so whatever sync brings in shows up as well.

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

namespace lectern {

namespace {
using Kind = LibraryChange::Kind;
using namespace library_detail;

// Text times as milliseconds since 1970 in SQL, as card_state's triggers do: a year of reviews is
// tens of thousands of rows, and parsing each time in C++ would cost more than the query.
QString millisecondsOf(const QString &column)
{
    return QStringLiteral("CAST(round((julianday(%1) - 2440587.5) * 86400000.0) AS INTEGER)").arg(column);
}

} // namespace

Result<LibraryStore::ProgressHistory> LibraryStore::progressHistory(const QDateTime &dueHorizon) const
{
    ProgressHistory history;
    const LibraryDatabase &db = *d->db;

    // Grouped in SQL: a year of reviews is tens of thousands of rows, and reading each one out
    // cost more than grouping them (tests/bench/study/ProgressBench).
    auto reviews = db.exec(QStringLiteral("SELECT %1, COUNT(*), SUM(elapsed_ms), SUM(state_before = 2), "
                                          "SUM(state_before = 2 AND rating > 1) FROM review_log WHERE deleted = 0 "
                                          "GROUP BY substr(reviewed_at, 1, 14), substr(reviewed_at, 15, 2) / 15 "
                                          "ORDER BY 1")
                               .arg(millisecondsOf(QStringLiteral("MIN(reviewed_at)"))));
    if (!reviews)
        return reviews.error();
    constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;
    while (reviews.value().next()) {
        const qint64 firstMs = reviews->value(0).toLongLong();
        history.reviews.append({firstMs - firstMs % kQuarterHourMs, reviews->value(1).toInt(), reviews->value(2).toLongLong(),
                                reviews->value(3).toInt(), reviews->value(4).toInt()});
    }

    auto recordings = db.exec(QStringLiteral("SELECT %1, duration_ms FROM lecture "
                                             "WHERE deleted = 0 AND recorded_at IS NOT NULL AND recorded_at <> '' "
                                             "ORDER BY recorded_at, id")
                                  .arg(millisecondsOf(QStringLiteral("recorded_at"))));
    if (!recordings)
        return recordings.error();
    while (recordings.value().next())
        history.recordings.append({recordings->value(0).toLongLong(), recordings->value(1).toLongLong()});

    auto listenings = db.exec(QStringLiteral("SELECT %1, duration_ms FROM listening_session WHERE deleted = 0 "
                                             "ORDER BY started_at, id")
                                  .arg(millisecondsOf(QStringLiteral("started_at"))));
    if (!listenings)
        return listenings.error();
    while (listenings.value().next())
        history.listenings.append({listenings->value(0).toLongLong(), listenings->value(1).toLongLong()});

    // A card without a cache row (sync delivered it mid-batch) counts as new, as it is.
    auto courses = db.exec(QStringLiteral(
        "SELECT COALESCE(l.course_id, ''), MAX(COALESCE(c.name, '')), MAX(COALESCE(c.colour, '')), "
        "MAX(COALESCE(c.archived, 0)), "
        "SUM(COALESCE(s.state, 0) = 0), SUM(s.state = 1), SUM(s.state = 2), SUM(s.state = 3), "
        "COUNT(first.at), %1 "
        "FROM flashcard f JOIN lecture l ON l.id = f.lecture_id "
        "LEFT JOIN course c ON c.id = l.course_id "
        "LEFT JOIN card_state s ON s.card_id = f.id "
        // Each card's first review is the one from the new state; review_log_introductions holds
        // just those, a row per card rather than per review. As text (which sorts as time does);
        // only each course's latest one becomes a number.
        "LEFT JOIN (SELECT card_id, MIN(reviewed_at) AS at FROM review_log INDEXED BY review_log_introductions "
        "WHERE state_before = 0 AND deleted = 0 GROUP BY card_id) first "
        "ON first.card_id = f.id "
        "WHERE f.deleted = 0 AND f.suspended = 0 AND l.deleted = 0 AND COALESCE(c.deleted, 0) = 0 "
        "GROUP BY COALESCE(l.course_id, '') ORDER BY MAX(COALESCE(c.name, '')) COLLATE NOCASE")
                               .arg(millisecondsOf(QStringLiteral("MAX(first.at)"))));
    if (!courses)
        return courses.error();
    while (courses.value().next()) {
        ProgressHistory::CourseCards course;
        course.courseId = courses->value(0).toString();
        course.name = courses->value(1).toString();
        course.colour = courses->value(2).toString();
        course.archived = courses->value(3).toInt() != 0;
        for (int state = 0; state < 4; ++state)
            course.byState[state] = courses->value(4 + state).toInt();
        course.reviewed = courses->value(8).toInt();
        course.lastFirstReviewMs = courses->value(9).toLongLong();
        history.courses.append(course);
    }

    auto due = db.exec(QStringLiteral("SELECT due_ms FROM card_state WHERE state <> 0 AND hidden = 0 AND due_ms < ? "
                                      "ORDER BY due_ms"),
                       {dueHorizon.toMSecsSinceEpoch()});
    if (!due)
        return due.error();
    while (due.value().next())
        history.dueMs.append(due->value(0).toLongLong());

    return history;
}

Status LibraryStore::addListeningSession(const QString &lectureId, const QDateTime &startedAt, qint64 durationMs)
{
    if (!startedAt.isValid())
        return invalidArgument(tr("A listening session needs the time it started."));
    if (durationMs < 0)
        return invalidArgument(tr("The time spent listening cannot be negative."));
    return d->db->transaction([&]() -> Status {
        auto q = d->db->exec(QStringLiteral("INSERT INTO listening_session (id, lecture_id, started_at, duration_ms, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {newId(), lectureId, LibraryDatabase::timeValue(startedAt), durationMs, d->db->stamp()});
        if (!q)
            return q.error();
        d->db->changed(Kind::Listening, lectureId);
        return success();
    });
}

} // namespace lectern
