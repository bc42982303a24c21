#pragma once

#include "base/Result.h"

#include <QString>

#include <functional>

namespace lectern {
class LibraryStore;
}

namespace lectern::bench {

// What a generated library is made of. Everything it contains follows from these values.
struct LibrarySize
{
    quint64 seed = 1;
    int lectures = 2000;
    qint64 words = 18'000'000;

    // Names the library in the cache: changes whenever what would be generated changes.
    QString cacheKey() const;
};

// What was generated, as the bench reports it.
struct LibraryContents
{
    int courses = 0;
    int lectures = 0;
    qint64 segments = 0;
    qint64 words = 0;
    int notes = 0;
};

// Writes a student's library of lecture transcripts through LibraryStore, the way imported
// lectures arrive: courses, lectures, each transcript in one replaceSegments() call, and notes.
//
// The transcripts imitate Whisper's: segments of about 10 to 30 words, capitalised and
// punctuated, about 2.5 words a second. Words come from a vocabulary with a Zipf-Mandelbrot
// distribution (English function words at the top, a long tail of rare words), mixed with the
// terms of each course's subject, so there are words in nearly every segment, words in a few
// thousand, and words in a few dozen. The queries of the bench (see SearchBench.cpp) name words
// that this vocabulary places at those frequencies.
class LibraryGenerator
{
public:
    explicit LibraryGenerator(const LibrarySize &size);

    // `progress` is told the number of lectures written so far.
    Result<LibraryContents> generate(LibraryStore &store, const std::function<void(int)> &progress = {});

private:
    LibrarySize m_size;
};

} // namespace lectern::bench
