#pragma once

#include "base/Result.h"
#include "library/Entities.h"

#include <QString>

#include <optional>

namespace lectern {
class LibraryStore;
}

namespace lectern::cli {

// The course a student named on the command line: matched without regard to case (an exact
// match wins if the library has both "Biology" and "biology"), archived courses included.
// nullopt when no course has that name.
Result<std::optional<Course>> findCourseByName(const LibraryStore &library, const QString &name);

struct CourseChoice
{
    Course course;
    bool created = false; // made for this command: remove it again if nothing was filed under it
};

// The course called `name` (see findCourseByName), or a new one by that name.
Result<CourseChoice> findOrCreateCourse(LibraryStore &library, const QString &name);

} // namespace lectern::cli
