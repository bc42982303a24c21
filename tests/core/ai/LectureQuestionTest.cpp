#include "StudyFixture.h"

#include "ai/LectureQuestion.h"

#include <QSignalSpy>

using namespace lectern;
using namespace lectern::test;

namespace {

class QuestionTest : public StudyTest
{
protected:
    void SetUp() override
    {
        StudyTest::SetUp();
        other = addLecture(QStringLiteral("Plant physiology"), QStringLiteral("en"),
                           {studySegment(0, QStringLiteral("Plants take up water through their roots.")),
                            studySegment(754'000, QStringLiteral("In roots, osmosis draws water into the cells."))});
        question = std::make_unique<LectureQuestion>(*client);
    }

    bool ask(const QString &text)
    {
        QSignalSpy finished(question.get(), &LectureQuestion::finished);
        question->ask(text, LectureQuestion::findPassages(*store, text, LectureQuestionOptions().maxPassages));
        return finished.wait(kStudyWaitMs) || !finished.isEmpty();
    }

    Lecture other;
    std::unique_ptr<LectureQuestion> question;
};

} // namespace

TEST_F(QuestionTest, AnswersFromThePassagesAndResolvesTheCitations)
{
    server.chat().setCannedResponse(QStringLiteral("Passages:"),
                                    QStringLiteral("Osmosis moves water across a membrane [2], for instance into root cells [1]. [9]"));
    QStringList deltas;
    QObject::connect(question.get(), &LectureQuestion::answerDelta, question.get(), [&](const QString &text) { deltas.append(text); });
    // No passage holds every word, so the significant words are searched one by one.
    ASSERT_TRUE(ask(QStringLiteral("What does osmosis do to water in roots?")));
    ASSERT_FALSE(question->error()) << question->error()->message.toStdString();
    EXPECT_FALSE(question->nothingFound());
    EXPECT_GT(deltas.size(), 1);
    EXPECT_EQ(deltas.join(QString()), question->answer());

    // The passage matching the most words comes first.
    ASSERT_GE(question->passages().size(), 2);
    const Citation &first = question->passages()[0];
    EXPECT_EQ(first.lectureId, other.id);
    EXPECT_EQ(first.startMs, 754'000);
    EXPECT_EQ(first.quote, QStringLiteral("In roots, osmosis draws water into the cells."));

    // Citations in the order the answer gives them; [9] names no passage and is dropped.
    const QList<Citation> citations = question->citations();
    ASSERT_EQ(citations.size(), 2);
    EXPECT_EQ(citations[0].number, 2);
    EXPECT_EQ(citations[1].number, 1);
    EXPECT_EQ(citations[1].lectureTitle, QStringLiteral("Plant physiology"));
    EXPECT_EQ(citations[1].startMs, 754'000);

    ASSERT_EQ(server.requestCount(), 1);
    const QStringList sent = chatMessages()[0];
    EXPECT_TRUE(sent.last().contains(QStringLiteral("[1] Plant physiology (12:34): In roots, osmosis draws water into the cells.")))
        << sent.last().toStdString();
    EXPECT_TRUE(sent.last().contains(QStringLiteral("Question: What does osmosis do to water in roots?")));
}

TEST_F(QuestionTest, ALiteralMatchIsUsedFirst)
{
    ASSERT_TRUE(ask(QStringLiteral("lipid bilayer")));
    ASSERT_FALSE(question->error());
    ASSERT_EQ(question->passages().size(), 1);
    EXPECT_EQ(question->passages()[0].lectureId, lecture.id);
    EXPECT_EQ(question->passages()[0].startMs, 5'000);
}

TEST_F(QuestionTest, NoMatchSaysSoWithoutAskingGroq)
{
    ASSERT_TRUE(ask(QStringLiteral("What is quantum chromodynamics?")));
    ASSERT_FALSE(question->error());
    EXPECT_TRUE(question->nothingFound());
    EXPECT_EQ(question->answer(), QStringLiteral("Nothing in your lectures mentions \"What is quantum chromodynamics?\"."));
    EXPECT_TRUE(question->citations().isEmpty());
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(QuestionTest, CancelEndsTheQuestion)
{
    server.addFault(fake::FaultRule::stall());
    QSignalSpy started(&server, &fake::FakeGroqServer::requestStarted);
    QSignalSpy finished(question.get(), &LectureQuestion::finished);
    question->ask(QStringLiteral("osmosis"), LectureQuestion::findPassages(*store, QStringLiteral("osmosis"), 8));
    ASSERT_TRUE(started.wait(kStudyWaitMs));
    question->cancel();
    ASSERT_EQ(finished.size(), 1);
    ASSERT_TRUE(question->error());
    EXPECT_EQ(question->error()->code, groq::kCancelled);
}

TEST(LectureQuestionWordsTest, DropsStopWordsAndShortWords)
{
    EXPECT_EQ(LectureQuestion::significantWords(QStringLiteral("What is the role of ATP in the cell?")),
              (QStringList{QStringLiteral("role"), QStringLiteral("atp"), QStringLiteral("cell")}));
    EXPECT_EQ(LectureQuestion::significantWords(QStringLiteral("Was ist die Zellmembran, und wie wirkt Osmose?")),
              (QStringList{QStringLiteral("zellmembran"), QStringLiteral("wirkt"), QStringLiteral("osmose")}));
    EXPECT_EQ(LectureQuestion::citedNumbers(QStringLiteral("A [2], B [1, 3] and C [2] [7] [x]"), 3), (QList<int>{2, 1, 3}));
}
