#pragma once

#include <QStringView>

namespace lectern {

// Randomises a review interval a little so that cards learnt together don't all come due on the
// same day, while staying reproducible: the randomness comes from a seed (the card's id and
// review count), so replaying the same review log on another device fuzzes identically.
//
// The generator is Johannes Baagøe's Alea, seeded from the text of the seed, and the fuzz range
// is the one FSRS uses (about ±15% for short intervals, shrinking to ±5% for long ones), so
// Lectern's due dates equal those of ts-fsrs with a card-id seed.
class IntervalFuzz
{
public:
    // The fuzzed interval in days. `interval` is the unfuzzed one (already within the maximum),
    // `elapsedDays` the time since the previous review: unless the interval is shorter anyway,
    // the fuzzed one stays longer than that, so a late review never schedules the card sooner.
    static int apply(int interval, int elapsedDays, int maximumInterval, QStringView seed);

    // The first number in [0, 1) that Alea produces for `seed`.
    static double firstRandom(QStringView seed);
};

} // namespace lectern
