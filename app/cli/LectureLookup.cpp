#include "cli/LectureLookup.h"

#include "library/LibraryStore.h"

#include <QStringList>

namespace lectern::cli {

namespace {
const QString kNotFound = QStringLiteral("not_found");

// Every live lecture, filed or not; a CLI lookup is rare enough to read them all.
Result<QList<Lecture>> allLectures(const LibraryStore &store)
{
    const auto courses = store.courses(LibraryStore::CourseFilter::IncludeArchived);
    if (!courses)
        return courses.error();
    QStringList courseIds{QString()};
    for (const Course &course : *courses)
        courseIds.append(course.id);
    QList<Lecture> all;
    for (const QString &courseId : std::as_const(courseIds)) {
        const auto lectures = store.lectures(courseId);
        if (!lectures)
            return lectures.error();
        all += *lectures;
    }
    return all;
}
} // namespace

Result<Lecture> LectureLookup::find(const LibraryStore &store, const QString &idOrPrefix)
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    if (wanted.isEmpty())
        return Error{IdTooShort, tr("No lecture id was given. Run \"lectern-cli list\" to see the ids.")};
    const Result<Lecture> exact = store.lecture(idOrPrefix.trimmed());
    if (exact || exact.error().code != kNotFound)
        return exact;
    if (wanted.size() < kMinimumPrefix)
        return Error{IdTooShort, tr("\"%1\" is too short to pick a lecture: give at least %2 characters of its id. "
                                    "Run \"lectern-cli list\" to see the ids.")
                                     .arg(idOrPrefix.trimmed())
                                     .arg(kMinimumPrefix)};

    const Result<QList<Lecture>> all = allLectures(store);
    if (!all)
        return all.error();
    QList<Lecture> matches;
    for (const Lecture &lecture : *all) {
        if (lecture.id.startsWith(wanted, Qt::CaseInsensitive))
            matches.append(lecture);
    }
    if (matches.isEmpty())
        return Error{kNotFound, tr("No lecture has an id starting with \"%1\". Run \"lectern-cli list\" to see the ids.")
                                    .arg(idOrPrefix.trimmed())};
    if (matches.size() > 1) {
        QStringList candidates;
        for (const Lecture &lecture : std::as_const(matches))
            candidates.append(QStringLiteral("%1 (%2)").arg(lecture.id, lecture.title));
        return Error{AmbiguousId, tr("\"%1\" is the start of %2 lecture ids: %3. Give more characters of the id.")
                                      .arg(idOrPrefix.trimmed())
                                      .arg(matches.size())
                                      .arg(candidates.join(QStringLiteral(", ")))};
    }
    return matches.first();
}

ExitCode LectureLookup::exitCodeFor(const Error &error)
{
    if (error.code == kNotFound || error.code == IdTooShort || error.code == AmbiguousId)
        return InputError;
    return ServiceError;
}

} // namespace lectern::cli
