#include "cli/CourseLookup.h"

#include "library/LibraryStore.h"

namespace lectern::cli {

Result<std::optional<Course>> findCourseByName(const LibraryStore &library, const QString &name)
{
    const auto courses = library.courses(LibraryStore::CourseFilter::IncludeArchived);
    if (!courses)
        return courses.error();
    const QString wanted = name.trimmed();
    std::optional<Course> caseless;
    for (const Course &course : *courses) {
        if (course.name == wanted)
            return std::optional<Course>(course);
        if (!caseless && course.name.compare(wanted, Qt::CaseInsensitive) == 0)
            caseless = course;
    }
    return caseless;
}

Result<CourseChoice> findOrCreateCourse(LibraryStore &library, const QString &name)
{
    const auto existing = findCourseByName(library, name);
    if (!existing)
        return existing.error();
    if (*existing)
        return CourseChoice{**existing, false};
    auto created = library.createCourse(name.trimmed());
    if (!created)
        return created.error();
    return CourseChoice{*created, true};
}

} // namespace lectern::cli
