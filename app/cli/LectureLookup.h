#pragma once

#include "base/Result.h"
#include "cli/ExitCode.h"
#include "library/Entities.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace lectern {
class LibraryStore;
}

namespace lectern::cli {

// Finds the lecture a command was given: by its full id or by the start of it (at least
// kMinimumPrefix characters, in any case), so `lectern-cli show 3f2a` works as long as only one
// lecture's id starts with "3f2a".
class LectureLookup
{
    Q_DECLARE_TR_FUNCTIONS(lectern::cli::LectureLookup)

public:
    static constexpr int kMinimumPrefix = 4;
    static constexpr QLatin1String IdTooShort{"cli.id_too_short"};
    static constexpr QLatin1String AmbiguousId{"cli.ambiguous_id"};
    // An unknown id is "not_found", as the library says it.

    static Result<Lecture> find(const LibraryStore &store, const QString &idOrPrefix);

    // InputError for the lookup's own errors (the user's id), ServiceError for the library's.
    static ExitCode exitCodeFor(const Error &error);
};

} // namespace lectern::cli
