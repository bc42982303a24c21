#include "export/MarkdownExport.h"

#include "ExportTestSupport.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(MarkdownExport, ShowsTitleFactsStudyMaterialNotesAndTimedTranscript)
{
    const QString md = MarkdownExport::render(test::fullDocument());
    const QString expected = QStringLiteral(
        "# Cell membranes\n"
        "\n"
        "- **Course:** Biology 101\n"
        "- **Recorded:** 2026-11-20 09:00\n"
        "- **Duration:** 45:12\n"
        "- **Language:** en\n"
        "\n"
        "## Summary\n"
        "\n"
        "Membranes keep cells *apart*.\n"
        "\n"
        "## Key terms\n"
        "\n"
        "- **Bilayer**: Two layers of lipids.\n"
        "- **Osmosis**: Water moving across a membrane.\n"
        "\n"
        "## Notes\n"
        "\n"
        "Remember: **phospholipids** have two tails.\n"
        "\n"
        "## Transcript\n"
        "\n"
        "**[00:00]** Welcome to the lecture on cell membranes.\n"
        "\n"
        "**[00:04]** The membrane is a \\*lipid\\* bilayer.\n"
        "\n"
        "**[01:05]** Osmosis moves water across it.\n");
    EXPECT_EQ(md, expected);
}

TEST(MarkdownExport, ALectureWithNothingButATitleSaysItIsNotTranscribed)
{
    LectureDocument document;
    document.lecture.title = QStringLiteral("C# for *beginners*");
    const QString md = MarkdownExport::render(document);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# C\\# for \\*beginners\\*\n\n"))) << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("Course")));
    EXPECT_FALSE(md.contains(QStringLiteral("## Summary")));
    EXPECT_FALSE(md.contains(QStringLiteral("## Notes")));
    EXPECT_TRUE(md.endsWith(QStringLiteral("## Transcript\n\n_This lecture has not been transcribed yet._\n")))
        << md.toStdString();
}

TEST(MarkdownExport, LongLecturesStampHours)
{
    LectureDocument document = test::fullDocument();
    document.lecture.durationMs = 2 * 60 * 60 * 1000;
    const QString md = MarkdownExport::render(document);
    EXPECT_TRUE(md.contains(QStringLiteral("**[0:01:05]** Osmosis"))) << md.toStdString();
}

TEST(MarkdownExport, EscapesWhatMarkdownWouldFormat)
{
    EXPECT_EQ(MarkdownExport::escape(QStringLiteral("a_b *c* [d](e) <f> `g` #h |i| ~j~ \\")),
              QStringLiteral("a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i\\| \\~j\\~ \\\\"));
    EXPECT_EQ(MarkdownExport::escape(QStringLiteral("plain words, 3.5 - 2")), QStringLiteral("plain words, 3.5 - 2"));
}
