#include "export/SubtitleExport.h"

#include "ExportTestSupport.h"
#include "SubtitleParser.h"

#include <gtest/gtest.h>

using namespace lectern;
using test::SubtitleSyntax;

namespace {
QList<TranscriptSegment> lectureSegments()
{
    TranscriptSegment corrected = test::segment(62'345, 65'000, QStringLiteral("machine text"));
    corrected.editedText = QStringLiteral("The student's correction.");
    return {test::segment(0, 4'200, QStringLiteral("Welcome to cell biology.")),
            test::segment(4'200, 9'999, QStringLiteral("  Today: membranes.  ")),
            corrected,
            test::segment(3'723'004, 3'725'500, QStringLiteral("After an hour."))};
}
} // namespace

TEST(SubtitleExport, SrtCuesReadBackWithTheirTimesNumbersAndText)
{
    const QString srt = SubtitleExport::srt(lectureSegments());
    EXPECT_TRUE(srt.startsWith(QStringLiteral("1\n00:00:00,000 --> 00:00:04,200\nWelcome to cell biology.\n\n")))
        << srt.toStdString();
    const test::ParsedSubtitles parsed = test::parseSubtitles(srt, SubtitleSyntax::Srt);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString() << "\n" << srt.toStdString();
    ASSERT_EQ(parsed.cues.size(), 4);
    for (int i = 0; i < parsed.cues.size(); ++i)
        EXPECT_EQ(parsed.cues[i].identifier, QString::number(i + 1));
    EXPECT_EQ(parsed.cues[1].startMs, 4'200);
    EXPECT_EQ(parsed.cues[1].endMs, 9'999);
    EXPECT_EQ(parsed.cues[1].text, QStringLiteral("Today: membranes."));
    EXPECT_EQ(parsed.cues[2].startMs, 62'345);
    EXPECT_EQ(parsed.cues[2].text, QStringLiteral("The student's correction."));
    EXPECT_EQ(parsed.cues[3].startMs, 3'723'004);
    EXPECT_EQ(parsed.cues[3].endMs, 3'725'500);
}

TEST(SubtitleExport, WebVttHasItsHeaderDotTimesAndEscapedMarkup)
{
    QList<TranscriptSegment> segments = lectureSegments();
    segments.append(test::segment(3'800'000, 3'801'000, QStringLiteral("a < b && c > d")));
    const QString vtt = SubtitleExport::webVtt(segments);
    EXPECT_TRUE(vtt.contains(QStringLiteral("00:01:02.345 --> 00:01:05.000"))) << vtt.toStdString();
    EXPECT_TRUE(vtt.contains(QStringLiteral("a &lt; b &amp;&amp; c &gt; d")));
    const test::ParsedSubtitles parsed = test::parseSubtitles(vtt, SubtitleSyntax::WebVtt);
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString() << "\n" << vtt.toStdString();
    ASSERT_EQ(parsed.cues.size(), 5);
    EXPECT_EQ(parsed.cues[0].endMs, 4'200);
    EXPECT_EQ(test::unescapeVtt(parsed.cues[4].text), QStringLiteral("a < b && c > d"));
}

TEST(SubtitleExport, AnArrowInTheTextCannotBeReadAsATiming)
{
    const QList<TranscriptSegment> segments = {test::segment(1'000, 2'000, QStringLiteral("A --> B means A implies B"))};
    const test::ParsedSubtitles srt = test::parseSubtitles(SubtitleExport::srt(segments), SubtitleSyntax::Srt);
    ASSERT_TRUE(srt.error.isEmpty()) << srt.error.toStdString();
    ASSERT_EQ(srt.cues.size(), 1);
    EXPECT_EQ(srt.cues[0].text, QStringLiteral("A → B means A implies B"));

    const test::ParsedSubtitles vtt = test::parseSubtitles(SubtitleExport::webVtt(segments), SubtitleSyntax::WebVtt);
    ASSERT_TRUE(vtt.error.isEmpty()) << vtt.error.toStdString();
    ASSERT_EQ(vtt.cues.size(), 1);
    EXPECT_EQ(test::unescapeVtt(vtt.cues[0].text), QStringLiteral("A --> B means A implies B"));
}

TEST(SubtitleExport, BlankLinesInsideAndEmptySegmentsDoNotBreakTheCueList)
{
    const QList<TranscriptSegment> segments = {test::segment(0, 1'000, QStringLiteral("First line\n\n\nsecond line")),
                                               test::segment(1'000, 2'000, QStringLiteral("   ")),
                                               test::segment(2'000, 3'000, QStringLiteral("Last"))};
    for (const SubtitleSyntax syntax : {SubtitleSyntax::Srt, SubtitleSyntax::WebVtt}) {
        const QString file = syntax == SubtitleSyntax::Srt ? SubtitleExport::srt(segments) : SubtitleExport::webVtt(segments);
        const test::ParsedSubtitles parsed = test::parseSubtitles(file, syntax);
        ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString() << "\n" << file.toStdString();
        ASSERT_EQ(parsed.cues.size(), 2) << file.toStdString();
        EXPECT_EQ(parsed.cues[0].text, QStringLiteral("First line\nsecond line"));
        EXPECT_EQ(parsed.cues[1].identifier, QStringLiteral("2")) << "numbering counts the cues written";
        EXPECT_EQ(parsed.cues[1].text, QStringLiteral("Last"));
    }
}

TEST(SubtitleExport, ACueNeverEndsBeforeItStarts)
{
    const test::ParsedSubtitles parsed =
        test::parseSubtitles(SubtitleExport::srt({test::segment(5'000, 4'000, QStringLiteral("odd"))}), SubtitleSyntax::Srt);
    ASSERT_EQ(parsed.cues.size(), 1);
    EXPECT_EQ(parsed.cues[0].startMs, 5'000);
    EXPECT_EQ(parsed.cues[0].endMs, 5'000);
}

TEST(SubtitleExport, NoSegmentsGiveAnEmptyCueList)
{
    EXPECT_EQ(SubtitleExport::srt({}), QString());
    EXPECT_EQ(SubtitleExport::webVtt({}), QStringLiteral("WEBVTT\n\n"));
}
