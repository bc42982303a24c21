#pragma once

#include "QtPrinters.h"

#include "study/FsrsScheduler.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <ostream>

namespace lectern {

inline void PrintTo(const FsrsCard &c, std::ostream *os)
{
    *os << qPrintable(c.id) << ' ' << qPrintable(toString(c.state)) << " s=" << c.stability
        << " d=" << c.difficulty << " due=" << qPrintable(c.due.toString(Qt::ISODate))
        << " last=" << qPrintable(c.lastReview.toString(Qt::ISODate)) << " reps=" << c.reps
        << " lapses=" << c.lapses << " step=" << c.step;
}

namespace test {

inline QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// 2024-01-15 12:00 UTC, the start of every reference sequence.
inline QDateTime start()
{
    return utc(2024, 1, 15);
}

// `days` after the start, at hour:minute UTC.
inline QDateTime day(int days, int hour = 12, int minute = 0)
{
    return QDateTime(start().date().addDays(days), QTime(hour, minute), Qt::UTC);
}

inline FsrsScheduler scheduler(FsrsParameters parameters)
{
    Result<FsrsScheduler> made = FsrsScheduler::create(parameters);
    EXPECT_TRUE(made.ok()) << qPrintable(made.ok() ? QString() : made.error().message);
    return std::move(made).value();
}

inline FsrsParameters withoutFuzz()
{
    FsrsParameters p;
    p.enableFuzz = false;
    return p;
}

} // namespace test
} // namespace lectern
