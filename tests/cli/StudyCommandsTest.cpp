#include "CliTestSupport.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace lectern;

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The library of CliLibraryTest, with GROQ_BASE_URL and GROQ_API_KEY pointing the commands at a
// fake Groq server for the length of each test.
class StudyCommandsTest : public test::CliLibraryTest
{
protected:
    void SetUp() override
    {
        CliLibraryTest::SetUp();
        ASSERT_TRUE(server.listen().ok());
        m_groq.emplace(server);
    }

    fake::FakeGroqServer server;

private:
    std::optional<fake::GroqEnvironment> m_groq;
};

} // namespace

TEST_F(StudyCommandsTest, SummarizePrintsAndKeepsTheSummary)
{
    const QString markdown = QStringLiteral("# Cell membranes\n\n- Lipid bilayer\n- Osmosis moves water");
    server.chat().setCannedResponse(QStringLiteral("Summarise the lecture"), markdown);
    const test::CliOutput run = this->run({QStringLiteral("summarize"), m_lecture.id.left(6)});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_EQ(run.out, markdown + u'\n');
    withStore([&](LibraryStore &store) {
        const auto items = store.studyItems(m_lecture.id, StudyItemKind::Summary);
        ASSERT_TRUE(items.ok());
        ASSERT_EQ(items->size(), 1);
        EXPECT_EQ(items->first().content[u"markdown"].toString(), markdown);
    });
}

TEST_F(StudyCommandsTest, CardsPrintsSuggestionsAndAcceptStoresThem)
{
    server.chat().setCannedResponse(
        QStringLiteral("Write flashcards"),
        jsonText({{QStringLiteral("cards"), QJsonArray{QJsonObject{{QStringLiteral("front"), QStringLiteral("What does osmosis move?")},
                                                                   {QStringLiteral("back"), QStringLiteral("Water")},
                                                                   {QStringLiteral("segment"), 2}}}}}));
    const test::CliOutput preview = this->run({QStringLiteral("cards"), m_lecture.id});
    ASSERT_EQ(preview.code, cli::Success) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.startsWith(QStringLiteral("1. What does osmosis move?\n   Water\n   [01:05]\n"))) << preview.out.toStdString();
    withStore([&](LibraryStore &store) { EXPECT_TRUE(store.flashcardsForLecture(m_lecture.id)->isEmpty()); });

    const test::CliOutput accepted = this->run({QStringLiteral("cards"), m_lecture.id, QStringLiteral("--accept")});
    ASSERT_EQ(accepted.code, cli::Success) << accepted.err.toStdString();
    EXPECT_TRUE(accepted.out.contains(QStringLiteral("Stored 1 flashcard for \"Cell membranes\"."))) << accepted.out.toStdString();
    withStore([&](LibraryStore &store) {
        const auto cards = store.flashcardsForLecture(m_lecture.id);
        ASSERT_TRUE(cards.ok());
        ASSERT_EQ(cards->size(), 1);
        EXPECT_EQ(cards->first().sourceSegmentId, store.segments(m_lecture.id)->at(2).id);
    });
}

TEST_F(StudyCommandsTest, QuizPrintsTheQuestionsWithTheirAnswers)
{
    server.chat().setCannedResponse(
        QStringLiteral("quiz questions"),
        jsonText({{QStringLiteral("questions"),
                   QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("What is a membrane made of?")},
                                          {QStringLiteral("choices"), QJsonArray{QStringLiteral("Sugar"), QStringLiteral("A lipid bilayer"),
                                                                                 QStringLiteral("Salt"), QStringLiteral("DNA")}},
                                          {QStringLiteral("answer"), 1},
                                          {QStringLiteral("explanation"), QStringLiteral("The lecture calls it a lipid bilayer.")}}}}}));
    const test::CliOutput run = this->run({QStringLiteral("quiz"), m_lecture.id});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("1. What is a membrane made of?\n   a) Sugar\n   b) A lipid bilayer\n   c) Salt\n   d) DNA\n"
                                      "   Answer: b) The lecture calls it a lipid bilayer.\n"));
}

TEST_F(StudyCommandsTest, AskPrintsTheAnswerThenTheCitations)
{
    server.chat().setCannedResponse(QStringLiteral("Passages:"), QStringLiteral("Osmosis moves water across the membrane [1]."));
    const test::CliOutput run = this->run({QStringLiteral("ask"), QStringLiteral("Where does osmosis move water?")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Osmosis moves water across the membrane [1].\n\n"
                                      "[1] Cell membranes  01:05  \"Osmosis moves water across the membrane --> inside.\"\n"));
}

TEST_F(StudyCommandsTest, AskWithoutMatchesSaysSoWithoutAskingGroq)
{
    const test::CliOutput run = this->run({QStringLiteral("ask"), QStringLiteral("quantum chromodynamics")});
    ASSERT_EQ(run.code, cli::Success) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("Nothing in your lectures mentions \"quantum chromodynamics\".\n"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(StudyCommandsTest, GroqErrorsExitWithFour)
{
    server.setApiKey(QStringLiteral("gsk_a_different_key"));
    const test::CliOutput run = this->run({QStringLiteral("quiz"), m_lecture.id});
    EXPECT_EQ(run.code, cli::ServiceError);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("lectern-cli: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("key"), Qt::CaseInsensitive)) << run.err.toStdString();
}

TEST_F(StudyCommandsTest, ALectureWithoutTranscriptIsAnInputError)
{
    const test::CliOutput run = this->run({QStringLiteral("summarize"), m_bare.id});
    EXPECT_EQ(run.code, cli::InputError);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"Guest talk\" has no transcript yet"))) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}
