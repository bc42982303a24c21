#include "export/PlainTextExport.h"

#include "ExportTestSupport.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(PlainTextExport, ShowsTitleFactsStudyMaterialNotesAndTimedTranscript)
{
    const QString text = PlainTextExport::render(test::fullDocument());
    const QString expected = QStringLiteral(
        "Cell membranes\n"
        "==============\n"
        "Course: Biology 101\n"
        "Recorded: 2026-11-20 09:00\n"
        "Duration: 45:12\n"
        "Language: en\n"
        "\n"
        "Summary\n"
        "-------\n"
        "Membranes keep cells *apart*.\n"
        "\n"
        "Key terms\n"
        "---------\n"
        "Bilayer: Two layers of lipids.\n"
        "Osmosis: Water moving across a membrane.\n"
        "\n"
        "Notes\n"
        "-----\n"
        "Remember: **phospholipids** have two tails.\n"
        "\n"
        "Transcript\n"
        "----------\n"
        "[00:00] Welcome to the lecture on cell membranes.\n"
        "[00:04] The membrane is a *lipid* bilayer.\n"
        "[01:05] Osmosis moves water across it.\n");
    EXPECT_EQ(text, expected);
}

TEST(PlainTextExport, TranscriptLinesAreOneLineEachAndSkipEmptySegments)
{
    LectureDocument document;
    document.segments = {test::segment(0, 1'000, QStringLiteral("two\nlines")), test::segment(1'000, 2'000, QStringLiteral(" ")),
                         test::segment(2'000, 3'000, QStringLiteral("end"))};
    EXPECT_EQ(PlainTextExport::transcript(document), QStringLiteral("[00:00] two lines\n[00:02] end\n"));
}

TEST(PlainTextExport, ALectureWithoutTranscriptSaysSo)
{
    LectureDocument document;
    document.lecture.title = QStringLiteral("Guest talk");
    EXPECT_TRUE(PlainTextExport::render(document).endsWith(QStringLiteral("This lecture has not been transcribed yet.\n")));
}
