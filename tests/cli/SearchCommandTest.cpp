#include "CliTestSupport.h"

#include "cli/SearchCommand.h"

using namespace lectern;
using test::CliLibraryTest;

TEST_F(CliLibraryTest, SearchPrintsTitleTimeAndExcerptWithTheMatchMarked)
{
    const test::CliOutput run = this->run({QStringLiteral("search"), QStringLiteral("osmosis")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    // Output that is not a terminal gets no escape codes, and the match still stands out.
    EXPECT_EQ(run.outLines(),
              QStringList{QStringLiteral("Cell membranes  01:05  «Osmosis» moves water across the membrane --> inside.")});
}

TEST_F(CliLibraryTest, SearchFindsNotesAndListsTheBestMatchFirst)
{
    const test::CliOutput run = this->run({QStringLiteral("search"), QStringLiteral("membrane")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    const QStringList lines = run.outLines();
    // Three segments (the last word also matches as the start of "membranes") and the note.
    ASSERT_EQ(lines.size(), 4) << run.out.toStdString();
    // The shortest text that matches ranks first (bm25).
    EXPECT_EQ(lines[0], QStringLiteral("Cell membranes  00:04  The «membrane» is a lipid bilayer."));
    EXPECT_TRUE(lines.contains(QStringLiteral("Cell membranes  note  Ask about «membrane» proteins."))) << run.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Cell membranes  00:00  Welcome to the lecture on cell «membranes».")));
    EXPECT_FALSE(run.out.contains(u'\x1b'));
}

TEST_F(CliLibraryTest, SearchWordsNeedNoQuotes)
{
    const test::CliOutput quoted = this->run({QStringLiteral("search"), QStringLiteral("lipid bilayer")});
    const test::CliOutput unquoted = this->run({QStringLiteral("search"), QStringLiteral("lipid"), QStringLiteral("bilayer")});
    ASSERT_EQ(quoted.code, cli::Success);
    EXPECT_EQ(quoted.outLines().size(), 1);
    EXPECT_EQ(quoted.out, unquoted.out);
}

TEST_F(CliLibraryTest, SearchLimitCapsTheMatches)
{
    const test::CliOutput run = this->run({QStringLiteral("search"), QStringLiteral("membrane"), QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(run.code, cli::Success);
    EXPECT_EQ(run.outLines().size(), 1);

    for (const char *bad : {"0", "-3", "many", "501"}) {
        const test::CliOutput invalid =
            this->run({QStringLiteral("search"), QStringLiteral("membrane"), QStringLiteral("--limit"), QString::fromLatin1(bad)});
        EXPECT_EQ(invalid.code, cli::UsageError) << bad;
        EXPECT_TRUE(invalid.err.contains(QStringLiteral("--limit takes a number"))) << invalid.err.toStdString();
    }
}

TEST_F(CliLibraryTest, NothingFoundIsSaidOnStderrAndIsNoError)
{
    const test::CliOutput run = this->run({QStringLiteral("search"), QStringLiteral("photosynthesis")});
    EXPECT_EQ(run.code, cli::Success);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.trimmed(), QStringLiteral("Nothing in your lectures matches \"photosynthesis\"."));
    // Text with nothing searchable in it is not an error either.
    EXPECT_EQ(this->run({QStringLiteral("search"), QStringLiteral("\"*(")}).code, cli::Success);
}

TEST_F(CliLibraryTest, SearchNeedsAQuery)
{
    EXPECT_EQ(this->run({QStringLiteral("search")}).code, cli::UsageError);
    EXPECT_EQ(this->run({QStringLiteral("search"), QStringLiteral("  ")}).code, cli::UsageError);
}

TEST(SearchCommand, OnATerminalMatchesAreBold)
{
    SearchHit hit;
    hit.lectureTitle = QStringLiteral("Cell membranes");
    hit.startMs = 65'000;
    hit.snippet = QStringLiteral("…water crosses the ") + kMatchBegin + QStringLiteral("membrane") + kMatchEnd
        + QStringLiteral("\nby osmosis…");
    EXPECT_EQ(cli::SearchCommand::formatHit(hit, cli::SearchCommand::Emphasis::AnsiBold),
              QStringLiteral("Cell membranes  01:05  …water crosses the \x1b[1mmembrane\x1b[0m by osmosis…"));
    EXPECT_EQ(cli::SearchCommand::formatHit(hit, cli::SearchCommand::Emphasis::Guillemets),
              QStringLiteral("Cell membranes  01:05  …water crosses the «membrane» by osmosis…"));
    hit.kind = SearchHit::Kind::Note;
    EXPECT_TRUE(cli::SearchCommand::formatHit(hit, cli::SearchCommand::Emphasis::Guillemets)
                    .startsWith(QStringLiteral("Cell membranes  note  ")));
}
