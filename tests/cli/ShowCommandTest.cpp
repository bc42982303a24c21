#include "CliTestSupport.h"

using namespace lectern;
using test::CliLibraryTest;

TEST_F(CliLibraryTest, ShowPrintsTheDetailsTimedTranscriptAndNotes)
{
    const test::CliOutput run = this->run({QStringLiteral("show"), m_lecture.id});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QStringList lines = run.out.split(u'\n');
    EXPECT_EQ(lines.value(0), QStringLiteral("Cell membranes"));
    EXPECT_EQ(lines.value(1), QStringLiteral("  Id:        ") + m_lecture.id);
    EXPECT_EQ(lines.value(2), QStringLiteral("  Course:    Biology 101"));
    EXPECT_EQ(lines.value(3), QStringLiteral("  Recorded:  2026-11-20 09:00"));
    EXPECT_EQ(lines.value(4), QStringLiteral("  Duration:  45:12"));
    EXPECT_EQ(lines.value(5), QStringLiteral("  Language:  en"));
    EXPECT_EQ(lines.value(6), QStringLiteral("  Audio:     audio/0123.mp3"));
    // The last segment starts after an hour, so every stamp has hours and they line up.
    const QString expectedTail = QStringLiteral(
        "\nTranscript\n"
        "[0:00:00] Welcome to the lecture on cell membranes.\n"
        "[0:00:04] The membrane is a lipid bilayer.\n"
        "[0:01:05] Osmosis moves water across the membrane --> inside.\n"
        "[1:00:00] Proteins & channels <gate> the flow.\n"
        "\nNotes\n"
        "Ask about membrane proteins.\n");
    EXPECT_TRUE(run.out.endsWith(expectedTail)) << run.out.toStdString();
}

TEST_F(CliLibraryTest, ShowUsesMinuteStampsForShortLectures)
{
    withStore([this](LibraryStore &store) {
        ASSERT_TRUE(store.replaceSegments(m_bare.id, {test::segment(61'000, 62'000, QStringLiteral("Hello."))}).ok());
    });
    const test::CliOutput run = this->run({QStringLiteral("show"), m_bare.id});
    ASSERT_EQ(run.code, cli::Success);
    EXPECT_TRUE(run.out.contains(QStringLiteral("\n[01:01] Hello.\n"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Notes")));
}

TEST_F(CliLibraryTest, ShowAcceptsAUniqueIdPrefixInAnyCase)
{
    const test::CliOutput run = this->run({QStringLiteral("show"), m_lecture.id.left(8).toUpper()});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Cell membranes\n")));
}

TEST_F(CliLibraryTest, ShowSaysWhenThereIsNoTranscript)
{
    const test::CliOutput run = this->run({QStringLiteral("show"), m_bare.id});
    ASSERT_EQ(run.code, cli::Success);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Guest talk\n")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("Course:")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Transcript\nThis lecture has not been transcribed yet.\n")))
        << run.out.toStdString();
}

TEST_F(CliLibraryTest, UnknownShortAndAmbiguousIdsAreInputErrors)
{
    const test::CliOutput unknown = this->run({QStringLiteral("show"), QStringLiteral("ffffffff")});
    EXPECT_EQ(unknown.code, cli::InputError);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_EQ(unknown.err.trimmed(), QStringLiteral("lectern-cli: No lecture has an id starting with \"ffffffff\". Run "
                                                    "\"lectern-cli list\" to see the ids."));

    const test::CliOutput tooShort = this->run({QStringLiteral("show"), m_lecture.id.left(3)});
    EXPECT_EQ(tooShort.code, cli::InputError);
    EXPECT_TRUE(tooShort.err.contains(QStringLiteral("at least 4 characters"))) << tooShort.err.toStdString();

    withStore([](LibraryStore &store) {
        for (const char *id : {"abcd1111-0000-4000-8000-000000000001", "abcd2222-0000-4000-8000-000000000002"}) {
            Lecture twin;
            twin.id = QString::fromLatin1(id);
            twin.title = QStringLiteral("Twin ") + twin.id.mid(4, 1);
            ASSERT_TRUE(store.createLecture(twin).ok());
        }
    });
    const test::CliOutput ambiguous = this->run({QStringLiteral("show"), QStringLiteral("abcd")});
    EXPECT_EQ(ambiguous.code, cli::InputError);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("\"abcd\" is the start of 2 lecture ids"))) << ambiguous.err.toStdString();
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("abcd1111-0000-4000-8000-000000000001 (Twin 1)")));
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("abcd2222-0000-4000-8000-000000000002 (Twin 2)")));
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("Give more characters")));

    const test::CliOutput unique = this->run({QStringLiteral("show"), QStringLiteral("abcd2")});
    EXPECT_EQ(unique.code, cli::Success) << unique.err.toStdString();
    EXPECT_TRUE(unique.out.startsWith(QStringLiteral("Twin 2\n")));
}

TEST_F(CliLibraryTest, ShowNeedsExactlyOneId)
{
    EXPECT_EQ(this->run({QStringLiteral("show")}).code, cli::UsageError);
    const test::CliOutput two = this->run({QStringLiteral("show"), m_lecture.id, m_bare.id});
    EXPECT_EQ(two.code, cli::UsageError);
    EXPECT_TRUE(two.err.contains(QStringLiteral("one lecture id")));
}
