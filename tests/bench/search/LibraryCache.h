#pragma once

#include "LibraryGenerator.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace lectern::bench {

// A generated library as the cache keeps it: what it holds and how long making it took.
struct Manifest
{
    LibraryContents contents;
    double seconds = 0.0;
};

// The library of `size` in `dir` (library.sqlite and a manifest), generated first if it is not
// there. A library being generated lives in "<dir>.partial" and is renamed when complete, so an
// interrupted run never leaves one that looks finished. Progress goes to `out`.
// With `regenerate`, a library already there is replaced (e.g. one a newer schema cannot open).
std::optional<Manifest> cachedLibrary(const QString &dir, const LibrarySize &size, QTextStream &out, QString &error,
                                      bool regenerate = false);

} // namespace lectern::bench
