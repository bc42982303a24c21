#include "library/Entities.h"
#include "library/LibraryFormat.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace lectern;
using namespace Qt::Literals::StringLiterals;

TEST(LibraryFormat, DurationsReadLikeAClock)
{
    EXPECT_EQ(LibraryFormat::duration(0), QString());
    EXPECT_EQ(LibraryFormat::duration(7000), u"0:07"_s);
    EXPECT_EQ(LibraryFormat::duration(59600), u"1:00"_s);
    EXPECT_EQ(LibraryFormat::duration(3127000), u"52:07"_s);
    EXPECT_EQ(LibraryFormat::duration(3725000), u"1:02:05"_s);
    EXPECT_EQ(LibraryFormat::duration(11 * 3600 * 1000), u"11:00:00"_s);
}

TEST(LibraryFormat, LectureSummaryLeavesOutWhatIsUnknown)
{
    Lecture lecture;
    EXPECT_EQ(LibraryFormat::lectureSummary(lecture), QString());
    lecture.durationMs = 60000;
    EXPECT_EQ(LibraryFormat::lectureSummary(lecture), u"1:00"_s);
    lecture.recordedAt = QDateTime(QDate(2025, 3, 12), QTime(10, 0), QTimeZone::utc());
    const QString date = LibraryFormat::shortDate(lecture.recordedAt);
    EXPECT_FALSE(date.isEmpty());
    EXPECT_EQ(LibraryFormat::lectureSummary(lecture), date + u" · 1:00"_s);
    lecture.durationMs = 0;
    EXPECT_EQ(LibraryFormat::lectureSummary(lecture), date);
}
