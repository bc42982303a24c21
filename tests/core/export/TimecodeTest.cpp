#include "export/Timecode.h"

#include "ExportTestSupport.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(Timecode, DurationsDropLeadingZeroesAndShowHoursOnlyWhenNeeded)
{
    EXPECT_EQ(Timecode::duration(25'209), QStringLiteral("0:25"));
    EXPECT_EQ(Timecode::duration((45 * 60 + 12) * 1000), QStringLiteral("45:12"));
    EXPECT_EQ(Timecode::duration((3600 + 2 * 60 + 3) * 1000 + 999), QStringLiteral("1:02:03"));
    EXPECT_EQ(Timecode::duration(-5), QStringLiteral("0:00"));
}

TEST(Timecode, PositionsHaveOneWidthThroughoutALecture)
{
    const qint64 shortLecture = 50 * 60 * 1000;
    EXPECT_EQ(Timecode::position(0, shortLecture), QStringLiteral("00:00"));
    EXPECT_EQ(Timecode::position(65'900, shortLecture), QStringLiteral("01:05"));
    EXPECT_EQ(Timecode::position((45 * 60 + 12) * 1000, shortLecture), QStringLiteral("45:12"));

    const qint64 longLecture = 90 * 60 * 1000;
    EXPECT_EQ(Timecode::position(65'900, longLecture), QStringLiteral("0:01:05"));
    EXPECT_EQ(Timecode::position((62 * 60 + 3) * 1000, longLecture), QStringLiteral("1:02:03"));
    // A segment past a lecture's recorded length still gets its hours.
    EXPECT_EQ(Timecode::position((61 * 60) * 1000, 0), QStringLiteral("1:01:00"));
}

TEST(Timecode, SubtitleTimesUseTheFormatsSeparator)
{
    EXPECT_EQ(Timecode::subtitle(62'345, u','), QStringLiteral("00:01:02,345"));
    EXPECT_EQ(Timecode::subtitle(62'345, u'.'), QStringLiteral("00:01:02.345"));
    EXPECT_EQ(Timecode::subtitle(((10 * 60 + 59) * 60 + 59) * 1000 + 7, u','), QStringLiteral("10:59:59,007"));
    EXPECT_EQ(Timecode::subtitle(0, u'.'), QStringLiteral("00:00:00.000"));
    EXPECT_EQ(Timecode::subtitle(-40, u','), QStringLiteral("00:00:00,000"));
}
