#include "StudyFixture.h"

#include "ai/StudyMaterialGenerator.h"
#include "ai/StudyMaterialSchema.h"

#include <QSignalSpy>

using namespace lectern;
using namespace lectern::test;

namespace {

QJsonObject quizQuestion(int answer)
{
    return QJsonObject{{QStringLiteral("question"), QStringLiteral("What does osmosis move?")},
                       {QStringLiteral("choices"), QJsonArray{QStringLiteral("Water"), QStringLiteral("Ions"), QStringLiteral("Proteins"),
                                                              QStringLiteral("Lipids")}},
                       {QStringLiteral("answer"), answer},
                       {QStringLiteral("explanation"), QStringLiteral("Osmosis is the movement of water.")}};
}

const QString kQuizKeyword = QStringLiteral("quiz questions");
const QString kTermsKeyword = QStringLiteral("key terms");
const QString kCardsKeyword = QStringLiteral("Write flashcards");
const QString kBroken = QStringLiteral("{\"terms\": [ {\"term\": \"Osmosis\", ");

class GeneratorTest : public StudyTest
{
protected:
    void SetUp() override
    {
        StudyTest::SetUp();
        generator = std::make_unique<StudyMaterialGenerator>(*client, *store);
    }

    bool run(StudyTask task, const QString &lectureId = {})
    {
        QSignalSpy finished(generator.get(), &StudyMaterialGenerator::finished);
        generator->start(lectureId.isEmpty() ? lecture.id : lectureId, task);
        return finished.wait(kStudyWaitMs) || !finished.isEmpty();
    }

    std::string describe() const
    {
        return generator->error() ? QString(generator->error()->code + QStringLiteral(": ") + generator->error()->message).toStdString()
                                  : "no error";
    }

    std::unique_ptr<StudyMaterialGenerator> generator;
};

} // namespace

TEST_F(GeneratorTest, SummaryStreamsAndIsStored)
{
    const QString markdown = QStringLiteral("**Cell membranes** are lipid bilayers.\n\n- Osmosis moves water across them\n- Channels pass ions "
                                            "without energy");
    server.chat().setCannedResponse(QStringLiteral("Summarise the lecture"), markdown);
    QStringList deltas;
    QObject::connect(generator.get(), &StudyMaterialGenerator::summaryDelta, generator.get(), [&](const QString &text) { deltas.append(text); });
    ASSERT_TRUE(run(StudyTask::Summary));
    ASSERT_FALSE(generator->error()) << describe();
    EXPECT_GT(deltas.size(), 2);
    EXPECT_EQ(deltas.join(QString()), markdown);
    EXPECT_EQ(generator->summary(), markdown);
    const QList<StudyItem> stored = items(StudyItemKind::Summary);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].content[u"markdown"].toString(), markdown);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests().last().json[u"stream"].toBool());
    EXPECT_EQ(server.requests().last().json[u"model"].toString(), QStringLiteral("llama-3.3-70b-versatile"));
    // The transcript went along, and the model was told the lecture's language.
    EXPECT_TRUE(chatMessages()[0].join(u'\n').contains(QStringLiteral("Osmosis moves water")));
    EXPECT_TRUE(chatMessages()[0][0].contains(QStringLiteral("Write in English")));
}

TEST_F(GeneratorTest, ALongTranscriptIsSummarisedInPartsThenCombined)
{
    QList<TranscriptSegment> long_;
    for (int i = 0; i < 10; ++i)
        long_.append(studySegment(i * 60'000, QStringLiteral("Segment %1 explains one more detail of membrane transport in depth.").arg(i)));
    const Lecture big = addLecture(QStringLiteral("Transport"), QStringLiteral("en"), long_);
    StudyMaterialOptions options;
    options.contextTokens = 40; // two segments per part
    generator->setOptions(options);
    const QString combined = QStringLiteral("# Transport\n\nMembranes move things in many ways, each detail adding to the picture.");
    server.chat().setCannedResponse(QStringLiteral("Combine these notes"), combined);
    server.chat().setCannedResponse(QStringLiteral("This is part"), QStringLiteral("- one detail of transport"));
    // Slow answers, so the parts are seen on the wire together.
    server.addFault(fake::FaultRule::latency(100).onPath(QStringLiteral("/chat/completions")));

    QStringList deltas;
    QList<int> progress;
    QObject::connect(generator.get(), &StudyMaterialGenerator::summaryDelta, generator.get(), [&](const QString &text) { deltas.append(text); });
    QObject::connect(generator.get(), &StudyMaterialGenerator::progress, generator.get(), [&](int done, int) { progress.append(done); });
    ASSERT_TRUE(run(StudyTask::Summary, big.id));
    ASSERT_FALSE(generator->error()) << describe();

    const QList<QStringList> requests = chatMessages();
    ASSERT_EQ(requests.size(), 6); // five parts, then the combination
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(requests[i].join(u'\n').contains(QStringLiteral("This is part"))) << i;
    EXPECT_TRUE(requests[5].join(u'\n').contains(QStringLiteral("Combine these notes")));
    EXPECT_TRUE(requests[5].join(u'\n').contains(QStringLiteral("- one detail of transport")));
    EXPECT_TRUE(server.requests().last().json[u"stream"].toBool());
    EXPECT_GT(deltas.size(), 2);
    EXPECT_EQ(deltas.join(QString()), combined);
    EXPECT_EQ(progress.last(), 6);
    EXPECT_GE(server.maxActiveRequests(), 2); // the parts went out side by side
    ASSERT_TRUE(store->studyItems(big.id, StudyItemKind::Summary).ok());
    EXPECT_EQ(store->studyItems(big.id, StudyItemKind::Summary)->value(0).content[u"markdown"].toString(), combined);
}

TEST_F(GeneratorTest, KeyTermsAreParsedAndStored)
{
    server.chat().setCannedResponse(kTermsKeyword, jsonText({{QStringLiteral("terms"),
                                                               QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("Osmosis")},
                                                                                      {QStringLiteral("definition"), QStringLiteral("Water crossing a membrane")}},
                                                                          QJsonObject{{QStringLiteral("term"), QStringLiteral("Lipid bilayer")},
                                                                                      {QStringLiteral("definition"), QStringLiteral("Two layers of lipids")}}}}}));
    ASSERT_TRUE(run(StudyTask::KeyTerms));
    ASSERT_FALSE(generator->error()) << describe();
    const QList<StudyItem> stored = items(StudyItemKind::KeyTerm);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].content[u"term"].toString(), QStringLiteral("Osmosis"));
    EXPECT_EQ(stored[1].content[u"definition"].toString(), QStringLiteral("Two layers of lipids"));
    EXPECT_EQ(server.requests().last().json[u"response_format"][u"type"].toString(), QStringLiteral("json_object"));
}

TEST_F(GeneratorTest, FlashcardsLinkToTheirSourceSegmentsAndAreStoredOnlyWhenAccepted)
{
    server.chat().setCannedResponse(
        kCardsKeyword,
        jsonText({{QStringLiteral("cards"),
                   QJsonArray{QJsonObject{{QStringLiteral("front"), QStringLiteral("What does osmosis move?")},
                                          {QStringLiteral("back"), QStringLiteral("Water")},
                                          {QStringLiteral("segment"), 2}},
                              QJsonObject{{QStringLiteral("front"), QStringLiteral("What is a membrane made of?")},
                                          {QStringLiteral("back"), QStringLiteral("A lipid bilayer")},
                                          {QStringLiteral("segment"), 1}}}}}));
    ASSERT_TRUE(run(StudyTask::Flashcards));
    ASSERT_FALSE(generator->error()) << describe();
    const QList<TranscriptSegment> source = segments(lecture.id);
    const QList<FlashcardSuggestion> suggestions = generator->suggestions();
    ASSERT_EQ(suggestions.size(), 2);
    EXPECT_EQ(suggestions[0].sourceSegmentId, source[2].id);
    EXPECT_EQ(suggestions[1].sourceSegmentId, source[1].id);
    // The model saw the segments under the numbers it answered with.
    EXPECT_TRUE(chatMessages()[0].join(u'\n').contains(QStringLiteral("[2] Osmosis moves water")));
    ASSERT_TRUE(store->flashcardsForLecture(lecture.id)->isEmpty());

    Result<QList<Flashcard>> accepted = StudyMaterialGenerator::acceptSuggestions(*store, lecture.id, suggestions);
    ASSERT_TRUE(accepted.ok()) << accepted.error().message.toStdString();
    const QList<Flashcard> cards = *store->flashcardsForLecture(lecture.id);
    ASSERT_EQ(cards.size(), 2);
    QStringList linked;
    for (const Flashcard &card : cards)
        linked.append(card.front + QStringLiteral(" -> ") + (card.sourceSegmentId == source[2].id ? QStringLiteral("osmosis") : QStringLiteral("bilayer")));
    linked.sort();
    EXPECT_EQ(linked, (QStringList{QStringLiteral("What does osmosis move? -> osmosis"), QStringLiteral("What is a membrane made of? -> bilayer")}));
}

TEST_F(GeneratorTest, QuizQuestionsAreStored)
{
    server.chat().setCannedResponse(kQuizKeyword, jsonText({{QStringLiteral("questions"), QJsonArray{quizQuestion(0)}}}));
    ASSERT_TRUE(run(StudyTask::Quiz));
    ASSERT_FALSE(generator->error()) << describe();
    const QList<StudyItem> stored = items(StudyItemKind::QuizQuestion);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].content[u"choices"].toArray().size(), 4);
    EXPECT_EQ(stored[0].content[u"answer"].toInt(), 0);
    EXPECT_EQ(stored[0].content[u"question"].toString(), QStringLiteral("What does osmosis move?"));
}

TEST_F(GeneratorTest, InvalidJsonOnceIsRetriedWithACorrection)
{
    server.chat().setCannedSequence(kTermsKeyword,
                                    {kBroken, jsonText({{QStringLiteral("terms"), QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("Osmosis")},
                                                                                                          {QStringLiteral("definition"), QStringLiteral("Water moving")}}}}})});
    ASSERT_TRUE(run(StudyTask::KeyTerms));
    ASSERT_FALSE(generator->error()) << describe();
    EXPECT_EQ(items(StudyItemKind::KeyTerm).size(), 1);
    const QList<QStringList> requests = chatMessages();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_TRUE(requests[1].last().contains(QStringLiteral("not a valid JSON object"))) << requests[1].last().toStdString();
}

TEST_F(GeneratorTest, InvalidJsonTwiceIsReportedAndNothingIsStored)
{
    StudyItem old;
    old.lectureId = lecture.id;
    old.kind = StudyItemKind::KeyTerm;
    old.content = QJsonObject{{QStringLiteral("term"), QStringLiteral("Earlier term")}, {QStringLiteral("definition"), QStringLiteral("Kept")}};
    ASSERT_TRUE(store->putStudyItem(old).ok());
    server.chat().setCannedResponse(kTermsKeyword, kBroken);
    ASSERT_TRUE(run(StudyTask::KeyTerms));
    ASSERT_TRUE(generator->error());
    EXPECT_EQ(generator->error()->code, study::kInvalidModelOutput);
    EXPECT_TRUE(generator->error()->message.contains(QStringLiteral("twice answered with unusable key terms for \"Cell membranes\"")))
        << describe();
    EXPECT_EQ(chatMessages().size(), 2);
    const QList<StudyItem> stored = items(StudyItemKind::KeyTerm);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].content[u"term"].toString(), QStringLiteral("Earlier term"));
}

TEST_F(GeneratorTest, AnAnswerIndexOutOfRangeIsSentBackAndTheFixIsStored)
{
    server.chat().setCannedSequence(kQuizKeyword, {jsonText({{QStringLiteral("questions"), QJsonArray{quizQuestion(7)}}}),
                                                   jsonText({{QStringLiteral("questions"), QJsonArray{quizQuestion(0)}}})});
    ASSERT_TRUE(run(StudyTask::Quiz));
    ASSERT_FALSE(generator->error()) << describe();
    const QList<QStringList> requests = chatMessages();
    ASSERT_EQ(requests.size(), 2);
    // The model hears what it said and what was wrong with it.
    EXPECT_TRUE(requests[1][requests[1].size() - 2].contains(QStringLiteral("\"answer\":7")));
    EXPECT_TRUE(requests[1].last().contains(QStringLiteral("\"answer\": the index of the right choice, 0 to 3"))) << requests[1].last().toStdString();
    ASSERT_EQ(items(StudyItemKind::QuizQuestion).size(), 1);
    EXPECT_EQ(items(StudyItemKind::QuizQuestion)[0].content[u"answer"].toInt(), 0);
}

TEST_F(GeneratorTest, AFlashcardNamingAnUnknownSegmentIsRejectedTwice)
{
    server.chat().setCannedResponse(kCardsKeyword, jsonText({{QStringLiteral("cards"), QJsonArray{QJsonObject{{QStringLiteral("front"), QStringLiteral("Q")},
                                                                                                               {QStringLiteral("back"), QStringLiteral("A")},
                                                                                                               {QStringLiteral("segment"), 12}}}}}));
    ASSERT_TRUE(run(StudyTask::Flashcards));
    ASSERT_TRUE(generator->error());
    EXPECT_EQ(generator->error()->code, study::kInvalidModelOutput);
    EXPECT_TRUE(generator->error()->message.contains(QStringLiteral("0 to 3"))) << describe();
    EXPECT_TRUE(generator->suggestions().isEmpty());
}

TEST_F(GeneratorTest, ALectureWithoutTranscriptFailsWithoutARequest)
{
    const Lecture empty = addLecture(QStringLiteral("Not yet transcribed"), QString(), {});
    ASSERT_TRUE(run(StudyTask::Summary, empty.id));
    ASSERT_TRUE(generator->error());
    EXPECT_EQ(generator->error()->code, study::kNoTranscript);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(GeneratorTest, GroqErrorsEndTheTaskWithTheirCode)
{
    server.addFault(fake::FaultRule::httpStatus(401));
    ASSERT_TRUE(run(StudyTask::Quiz));
    ASSERT_TRUE(generator->error());
    EXPECT_EQ(generator->error()->code, groq::kInvalidApiKey);
    EXPECT_TRUE(items(StudyItemKind::QuizQuestion).isEmpty());
}

TEST_F(GeneratorTest, CancelStopsTheRequestAndStoresNothing)
{
    server.addFault(fake::FaultRule::stall());
    QSignalSpy started(&server, &fake::FakeGroqServer::requestStarted);
    QSignalSpy finished(generator.get(), &StudyMaterialGenerator::finished);
    generator->start(lecture.id, StudyTask::Summary);
    ASSERT_TRUE(started.wait(kStudyWaitMs));
    generator->cancel();
    ASSERT_EQ(finished.size(), 1);
    ASSERT_TRUE(generator->error());
    EXPECT_EQ(generator->error()->code, groq::kCancelled);
    EXPECT_FALSE(generator->isRunning());
    EXPECT_TRUE(items(StudyItemKind::Summary).isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.activeRequests() == 0; }, kStudyWaitMs));
}

TEST(StudyMaterialSchemaTest, NamesTheFirstProblem)
{
    const auto noArray = StudyMaterialSchema::keyTerms(QJsonObject{{QStringLiteral("items"), 1}});
    ASSERT_FALSE(noArray.ok());
    EXPECT_EQ(noArray.error().message, QStringLiteral("the object has no \"terms\" array"));
    const auto blank = StudyMaterialSchema::keyTerms(
        QJsonObject{{QStringLiteral("terms"), QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral(" ")}, {QStringLiteral("definition"), QStringLiteral("x")}}}}});
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().message, QStringLiteral("\"terms\"[0] needs a non-empty string \"term\""));
    QJsonObject three = quizQuestion(1);
    three[u"choices"] = QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const auto quiz = StudyMaterialSchema::quiz(QJsonObject{{QStringLiteral("questions"), QJsonArray{three}}});
    ASSERT_FALSE(quiz.ok());
    EXPECT_EQ(quiz.error().code, study::kInvalidModelOutput);
    EXPECT_TRUE(quiz.error().message.contains(QStringLiteral("exactly 4 non-empty strings")));
    const auto fractional = StudyMaterialSchema::cards(
        QJsonObject{{QStringLiteral("cards"), QJsonArray{QJsonObject{{QStringLiteral("front"), QStringLiteral("f")}, {QStringLiteral("back"), QStringLiteral("b")}, {QStringLiteral("segment"), 1.5}}}}}, 3);
    EXPECT_FALSE(fractional.ok());
}
