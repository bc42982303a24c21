#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

namespace lectern {

using namespace library_detail;

namespace {
using Kind = LibraryChange::Kind;

const QString kCourseColumns = QStringLiteral("id, name, colour, archived, updated_at");
const QString kLectureColumns = QStringLiteral(
    "id, COALESCE(course_id, ''), title, recorded_at, duration_ms, audio_path, audio_sha256, language, updated_at");

Course courseFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toString()};
}

Lecture lectureFrom(const QSqlQuery &q)
{
    Lecture l;
    l.id = q.value(0).toString();
    l.courseId = q.value(1).toString();
    l.title = q.value(2).toString();
    l.recordedAt = LibraryDatabase::timeFrom(q.value(3));
    l.durationMs = q.value(4).toLongLong();
    l.audioPath = q.value(5).toString();
    l.audioSha256 = q.value(6).toString();
    l.language = q.value(7).toString();
    l.updatedAt = q.value(8).toString();
    return l;
}

bool isColour(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return colour.isEmpty() || pattern.match(colour).hasMatch();
}
} // namespace

LibraryStore::LibraryStore(std::unique_ptr<Private> p) : d(std::move(p)) {}
LibraryStore::~LibraryStore() = default;

Result<std::unique_ptr<LibraryStore>> LibraryStore::open(const QString &dataDir, const Clock &clock,
                                                        PageCheck pageCheck)
{
    auto db = LibraryDatabase::open(dataDir, clock, pageCheck);
    if (!db)
        return db.error();
    auto p = std::make_unique<Private>();
    p->db = std::move(db).value();
    auto ranker = SearchRanker::install(p->db->connection(), {QStringLiteral("segment_fts"), QStringLiteral("note_fts")});
    if (!ranker)
        return ranker.error();
    p->ranker = std::move(ranker).value();
    return std::unique_ptr<LibraryStore>(new LibraryStore(std::move(p)));
}

QString LibraryStore::dataDirectory() const { return d->db->dataDirectory(); }
QString LibraryStore::databasePath() const { return d->db->path(); }
QString LibraryStore::nodeId() const { return d->db->nodeId(); }
int LibraryStore::schemaVersion() const { return d->db->schemaVersion(); }
void LibraryStore::observeTimestamp(const HlcTimestamp &remote) { d->db->observe(remote); }
Status LibraryStore::transaction(const std::function<Status()> &body) { return d->db->transaction(body); }
QList<LibraryChange> LibraryStore::takeChanges() { return d->db->takeChanges(); }

// --- Courses

Result<Course> LibraryStore::createCourse(const QString &name, const QString &colour)
{
    Course course{newId(), name.trimmed(), colour, false, {}};
    if (course.name.isEmpty())
        return invalidArgument(tr("A course needs a name."));
    if (!isColour(colour))
        return invalidArgument(tr("\"%1\" is not a colour; use the form #rrggbb.").arg(colour));
    const Status s = d->db->transaction([&]() -> Status {
        course.updatedAt = d->db->stamp();
        auto q = d->db->exec(QStringLiteral("INSERT INTO course (id, name, colour, archived, updated_at) VALUES (?, ?, ?, 0, ?)"),
                             {course.id, course.name, course.colour, course.updatedAt});
        if (!q)
            return q.error();
        d->db->changed(Kind::Courses);
        return success();
    });
    if (!s)
        return s.error();
    return course;
}

namespace {
// Applies `assignment` (an SQL SET list with one placeholder) to a course in the given state.
Status updateCourse(LibraryDatabase &db, const QString &courseId, const QString &assignment, const QVariant &value,
                    bool wantDeleted)
{
    return db.transaction([&]() -> Status {
        const QString sql = QStringLiteral("UPDATE course SET ") + assignment
            + QStringLiteral(", updated_at = ? WHERE id = ? AND deleted = ?");
        const Status s = db.execOne(sql, {value, db.stamp(), courseId, int(wantDeleted)},
                                       notFound(
                                           wantDeleted ? LibraryStore::tr("There is no deleted course %1 to restore.").arg(courseId)
                                                       : LibraryStore::tr("The course %1 does not exist or was deleted.").arg(courseId)));
        if (s)
            db.changed(LibraryChange::Kind::Courses);
        return s;
    });
}
} // namespace

Status LibraryStore::renameCourse(const QString &courseId, const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalidArgument(tr("A course needs a name."));
    return updateCourse(*d->db, courseId, QStringLiteral("name = ?"), name.trimmed(), false);
}

Status LibraryStore::setCourseColour(const QString &courseId, const QString &colour)
{
    if (!isColour(colour))
        return invalidArgument(tr("\"%1\" is not a colour; use the form #rrggbb.").arg(colour));
    return updateCourse(*d->db, courseId, QStringLiteral("colour = ?"), colour, false);
}

Status LibraryStore::setCourseArchived(const QString &courseId, bool archived)
{
    return updateCourse(*d->db, courseId, QStringLiteral("archived = ?"), int(archived), false);
}

Status LibraryStore::deleteCourse(const QString &courseId)
{
    return updateCourse(*d->db, courseId, QStringLiteral("deleted = ?"), 1, false);
}

Status LibraryStore::restoreCourse(const QString &courseId)
{
    return updateCourse(*d->db, courseId, QStringLiteral("deleted = ?"), 0, true);
}

Result<Course> LibraryStore::course(const QString &courseId) const
{
    auto q = d->db->exec(QStringLiteral("SELECT ") + kCourseColumns + QStringLiteral(" FROM course WHERE id = ? AND deleted = 0"),
                         {courseId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(tr("The course %1 does not exist or was deleted.").arg(courseId));
    return courseFrom(*q);
}

Result<QList<Course>> LibraryStore::courses(CourseFilter filter) const
{
    QString sql = QStringLiteral("SELECT ") + kCourseColumns + QStringLiteral(" FROM course WHERE deleted = 0");
    if (filter == CourseFilter::Active)
        sql += QStringLiteral(" AND archived = 0");
    auto q = d->db->exec(sql);
    if (!q)
        return q.error();
    QList<Course> list;
    while (q.value().next())
        list.append(courseFrom(*q));
    // In the student's language order ("Ökologie" beside "Ozeanografie", not after "Zoologie"),
    // ignoring case. The C locale (an unset LANG) only compares code points, which no student
    // reads in: sort as English does then.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "Part 2" before "Part 10"
    std::stable_sort(list.begin(), list.end(), [&collator](const Course &a, const Course &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

// --- Lectures

namespace {
Status validateLecture(LibraryDatabase &db, const Lecture &l)
{
    if (l.title.trimmed().isEmpty())
        return invalidArgument(LibraryStore::tr("A lecture needs a title."));
    if (l.durationMs < 0)
        return invalidArgument(LibraryStore::tr("A lecture cannot last a negative time."));
    if (!l.courseId.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT 1 FROM course WHERE id = ? AND deleted = 0"), {l.courseId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(
                LibraryStore::tr("The course %1 does not exist or was deleted.").arg(l.courseId));
    }
    return success();
}
} // namespace

Result<Lecture> LibraryStore::createLecture(const Lecture &draft)
{
    Lecture l = draft;
    l.id = draft.id.isEmpty() ? newId() : draft.id;
    l.title = draft.title.trimmed();
    l.audioSha256 = draft.audioSha256.toLower();
    const Status s = d->db->transaction([&]() -> Status {
        if (const Status v = validateLecture(*d->db, l); !v)
            return v;
        auto existing = d->db->exec(QStringLiteral("SELECT 1 FROM lecture WHERE id = ?"), {l.id});
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return invalidArgument(tr("A lecture with the id %1 already exists.").arg(l.id));
        l.updatedAt = d->db->stamp();
        auto q = d->db->exec(QStringLiteral("INSERT INTO lecture (id, course_id, title, recorded_at, duration_ms, audio_path, "
                                            "audio_sha256, language, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {l.id, LibraryDatabase::textOrNull(l.courseId), l.title, LibraryDatabase::timeValue(l.recordedAt),
                              l.durationMs, l.audioPath, l.audioSha256, l.language, l.updatedAt});
        if (!q)
            return q.error();
        d->db->changed(Kind::Lectures, l.courseId);
        return success();
    });
    if (!s)
        return s.error();
    return lecture(l.id);
}

Status LibraryStore::updateLecture(const Lecture &lecture)
{
    Lecture l = lecture;
    l.title = lecture.title.trimmed();
    l.audioSha256 = lecture.audioSha256.toLower();
    return d->db->transaction([&]() -> Status {
        const auto previousCourse = liveLectureCourse(*d->db, l.id);
        if (!previousCourse)
            return previousCourse.error();
        if (const Status v = validateLecture(*d->db, l); !v)
            return v;
        auto q = d->db->exec(QStringLiteral("UPDATE lecture SET course_id = ?, title = ?, recorded_at = ?, duration_ms = ?, "
                                            "audio_path = ?, audio_sha256 = ?, language = ?, updated_at = ? WHERE id = ?"),
                             {LibraryDatabase::textOrNull(l.courseId), l.title, LibraryDatabase::timeValue(l.recordedAt),
                              l.durationMs, l.audioPath, l.audioSha256, l.language, d->db->stamp(), l.id});
        if (!q)
            return q.error();
        d->db->changed(Kind::Lectures, *previousCourse);
        d->db->changed(Kind::Lectures, l.courseId);
        return success();
    });
}

namespace {
template<typename Edit>
Status editLecture(LibraryStore &store, const QString &lectureId, Edit edit)
{
    return store.transaction([&]() -> Status {
        auto current = store.lecture(lectureId);
        if (!current)
            return current.error();
        Lecture l = *current;
        edit(l);
        return store.updateLecture(l);
    });
}
} // namespace

Status LibraryStore::setLectureTitle(const QString &lectureId, const QString &title)
{
    return editLecture(*this, lectureId, [&](Lecture &l) { l.title = title; });
}

Status LibraryStore::moveLecture(const QString &lectureId, const QString &courseId)
{
    return editLecture(*this, lectureId, [&](Lecture &l) { l.courseId = courseId; });
}

Status LibraryStore::setLectureDuration(const QString &lectureId, qint64 durationMs)
{
    return editLecture(*this, lectureId, [&](Lecture &l) { l.durationMs = durationMs; });
}

Status LibraryStore::setLectureAudio(const QString &lectureId, const QString &audioPath, const QString &audioSha256)
{
    return editLecture(*this, lectureId, [&](Lecture &l) {
        l.audioPath = audioPath;
        l.audioSha256 = audioSha256;
    });
}

namespace {
Status setLectureDeleted(LibraryDatabase &db, const QString &lectureId, bool deleted)
{
    return db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("SELECT COALESCE(course_id, '') FROM lecture WHERE id = ? AND deleted = ?"),
                            {lectureId, int(!deleted)});
        if (!q)
            return q.error();
        if (!q.value().next())
            return notFound(
                deleted ? LibraryStore::tr("The lecture %1 does not exist or was deleted.").arg(lectureId)
                        : LibraryStore::tr("There is no deleted lecture %1 to restore.").arg(lectureId));
        const QString courseId = q->value(0).toString();
        auto update = db.exec(QStringLiteral("UPDATE lecture SET deleted = ?, updated_at = ? WHERE id = ?"),
                                 {int(deleted), db.stamp(), lectureId});
        if (!update)
            return update.error();
        // The lecture's cards leave (or rejoin) the review queue with it.
        db.changed(LibraryChange::Kind::Lectures, courseId);
        db.changed(LibraryChange::Kind::Flashcards, lectureId);
        return success();
    });
}
} // namespace

Status LibraryStore::deleteLecture(const QString &lectureId)
{
    return setLectureDeleted(*d->db, lectureId, true);
}

Status LibraryStore::restoreLecture(const QString &lectureId)
{
    return setLectureDeleted(*d->db, lectureId, false);
}

Result<Lecture> LibraryStore::lecture(const QString &lectureId) const
{
    auto q = d->db->exec(QStringLiteral("SELECT ") + kLectureColumns + QStringLiteral(" FROM lecture WHERE id = ? AND deleted = 0"),
                         {lectureId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(tr("The lecture %1 does not exist or was deleted.").arg(lectureId));
    return lectureFrom(*q);
}

Result<QList<Lecture>> LibraryStore::lectures(const QString &courseId) const
{
    const QString order = QStringLiteral(" ORDER BY recorded_at DESC NULLS LAST, title COLLATE NOCASE, id");
    auto q = courseId.isEmpty()
        ? d->db->exec(QStringLiteral("SELECT ") + kLectureColumns
                      + QStringLiteral(" FROM lecture WHERE course_id IS NULL AND deleted = 0") + order)
        : d->db->exec(QStringLiteral("SELECT ") + kLectureColumns
                      + QStringLiteral(" FROM lecture WHERE course_id = ? AND deleted = 0") + order, {courseId});
    if (!q)
        return q.error();
    QList<Lecture> list;
    while (q.value().next())
        list.append(lectureFrom(*q));
    return list;
}

Result<QList<Lecture>> LibraryStore::lecturesWithAudio(const QString &audioSha256) const
{
    if (audioSha256.isEmpty())
        return QList<Lecture>();
    auto q = d->db->exec(QStringLiteral("SELECT ") + kLectureColumns
                             + QStringLiteral(" FROM lecture WHERE audio_sha256 = ? AND deleted = 0 ORDER BY updated_at"),
                         {audioSha256.toLower()});
    if (!q)
        return q.error();
    QList<Lecture> list;
    while (q.value().next())
        list.append(lectureFrom(*q));
    return list;
}

} // namespace lectern
