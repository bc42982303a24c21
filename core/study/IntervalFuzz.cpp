#include "study/IntervalFuzz.h"

#include <algorithm>
#include <cmath>

#include "study/FsrsMemoryModel.h"

namespace lectern {

namespace {

constexpr double kTwoPow32 = 4294967296.0;
constexpr double kTwoPowMinus32 = 1.0 / kTwoPow32;

// JavaScript's ToUint32 of a non-negative double, which Alea's arithmetic is defined in.
double toUint32(double value)
{
    return std::fmod(std::trunc(value), kTwoPow32);
}

// Alea's string hash: folds UTF-16 code units into a 32-bit state held in a double.
class Mash
{
public:
    double operator()(QStringView data)
    {
        for (const QChar unit : data) {
            m_n += unit.unicode();
            double h = 0.02519603282416938 * m_n;
            m_n = toUint32(h);
            h -= m_n;
            h *= m_n;
            m_n = toUint32(h);
            h -= m_n;
            m_n += h * kTwoPow32;
        }
        return toUint32(m_n) * kTwoPowMinus32;
    }

private:
    double m_n = 4022871197.0;
};

struct FuzzBand
{
    double start;
    double end;
    double factor;
};

constexpr FuzzBand kFuzzBands[] = {
    {2.5, 7.0, 0.15},
    {7.0, 20.0, 0.10},
    {20.0, INFINITY, 0.05},
};

} // namespace

double IntervalFuzz::firstRandom(QStringView seed)
{
    Mash mash;
    // Alea starts its three state words from hashes of a space and subtracts hashes of the
    // seed; the hash keeps its state between calls, so all three spaces are hashed even though
    // the first output depends on the first state word alone.
    double s0 = mash(u" ");
    mash(u" ");
    mash(u" ");
    s0 -= mash(seed);
    if (s0 < 0)
        s0 += 1;
    // Alea's step: t = 2091639 * s0 + c * 2^-32 with c = 1; the output is t's fractional part.
    const double t = 2091639.0 * s0 + kTwoPowMinus32;
    return t - std::trunc(t);
}

int IntervalFuzz::apply(int interval, int elapsedDays, int maximumInterval, QStringView seed)
{
    if (interval < 3) // nothing to spread below 2.5 days
        return interval;
    const double ivl = interval;
    double delta = 1.0;
    for (const FuzzBand &band : kFuzzBands)
        delta += band.factor * std::max(std::min(ivl, band.end) - band.start, 0.0);
    const double capped = std::min(ivl, static_cast<double>(maximumInterval));
    double minIvl = std::max(2.0, roundHalfUp(capped - delta));
    const double maxIvl = std::min(roundHalfUp(capped + delta), static_cast<double>(maximumInterval));
    if (capped > elapsedDays)
        minIvl = std::max(minIvl, static_cast<double>(elapsedDays) + 1.0);
    minIvl = std::min(minIvl, maxIvl);
    return static_cast<int>(std::floor(firstRandom(seed) * (maxIvl - minIvl + 1.0) + minIvl));
}

} // namespace lectern
