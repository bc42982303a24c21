#pragma once

#include "base/Result.h"

#include <QString>

#include <atomic>

namespace lectern {

// The identity of an imported recording: SHA-256 of the original file's bytes, as 64 lowercase
// hex digits. Transcripts are cached under it, so the same file is never transcribed twice.
class ContentHash
{
public:
    // Streams the file in blocks, so memory stays flat for multi-gigabyte recordings.
    // Stops with AudioError::Cancelled as soon as `cancelled` becomes true.
    static Result<QString> ofFile(const QString &path, const std::atomic_bool *cancelled = nullptr);
};

} // namespace lectern
