#include "GroqClientFixture.h"

#include <QJsonArray>

using namespace lectern;
using namespace lectern::fake;
using namespace lectern::test;

namespace {
const QString kCards = QStringLiteral(R"({"cards":[{"front":"What is ATP?","back":"The cell's energy currency"}]})");
const QString kLongAnswer = QStringLiteral(
    "The mitochondrion makes most of the cell's ATP through oxidative phosphorylation, using the energy of electrons passed "
    "along the respiratory chain in its inner membrane.");
}

TEST_F(GroqClientTest, ChatReturnsTheAnswerAndSendsTheOptions)
{
    ChatOptions options;
    options.model = QStringLiteral("llama-3.1-8b-instant");
    options.temperature = 0.3;
    options.maxTokens = 500;
    ChatReply *reply = client->chat({ChatMessage::system(QStringLiteral("You are a tutor.")), ChatMessage::user(QStringLiteral("Define osmosis"))},
                                    options);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_TRUE(reply->completion().content.startsWith(QStringLiteral("Here is a short answer about: Define osmosis")));
    EXPECT_EQ(reply->completion().model, QStringLiteral("llama-3.1-8b-instant"));
    EXPECT_EQ(reply->completion().finishReason, QStringLiteral("stop"));
    ASSERT_TRUE(reply->completion().usage);
    EXPECT_GT(reply->completion().usage->totalTokens, 0);

    const QJsonObject sent = server.requests().last().json;
    EXPECT_EQ(sent[u"model"].toString(), QStringLiteral("llama-3.1-8b-instant"));
    EXPECT_DOUBLE_EQ(sent[u"temperature"].toDouble(), 0.3);
    EXPECT_EQ(sent[u"max_completion_tokens"].toInt(), 500);
    EXPECT_EQ(sent[u"messages"].toArray().size(), 2);
}

TEST_F(GroqClientTest, JsonModeReturnsTheParsedObject)
{
    server.chat().setCannedResponse(QStringLiteral("flashcards"), kCards);
    ChatOptions options;
    options.jsonMode = true;
    ChatReply *reply = client->chat({ChatMessage::user(QStringLiteral("Make flashcards from this transcript. Reply with JSON."))}, options);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->completion().json[u"cards"][0][u"front"].toString(), QStringLiteral("What is ATP?"));
    EXPECT_EQ(server.requests().last().json[u"response_format"][u"type"].toString(), QStringLiteral("json_object"));

    // Without a canned answer the fake derives an object from the prompt.
    ChatReply *derived = client->chat({ChatMessage::user(QStringLiteral("List key terms of photosynthesis as JSON"))}, options);
    ASSERT_TRUE(waitFinished(derived));
    ASSERT_FALSE(derived->hasError()) << describe(derived);
    EXPECT_TRUE(derived->completion().json[u"keywords"].toArray().contains(QStringLiteral("photosynthesis")));
}

TEST_F(GroqClientTest, InvalidJsonIsRetriedOnce)
{
    server.chat().setCannedResponse(QStringLiteral("flashcards"), kCards);
    server.addFault(FaultRule::invalidJson().onRequests({1}));
    ChatOptions options;
    options.jsonMode = true;
    ChatReply *reply = client->chat({ChatMessage::user(QStringLiteral("flashcards as JSON please"))}, options);
    QSignalSpy retries(reply, &GroqReply::retryScheduled);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->attempts(), 2);
    ASSERT_EQ(retries.size(), 1);
    EXPECT_EQ(retries[0][2].value<Error>().code, groq::kBadResponse);
    EXPECT_EQ(reply->completion().json[u"cards"].toArray().size(), 1);
}

TEST_F(GroqClientTest, GroqsJsonValidationFailureIsRetriedToo)
{
    server.addFault(FaultRule::httpStatus(400)
                        .withMessage(QStringLiteral("Failed to generate JSON. Please adjust your prompt."), QStringLiteral("json_validate_failed"))
                        .onRequests({1}));
    ChatOptions options;
    options.jsonMode = true;
    ChatReply *reply = client->chat({ChatMessage::user(QStringLiteral("Key terms as JSON"))}, options);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->attempts(), 2);
}

TEST_F(GroqClientTest, JsonThatNeverParsesEndsAsBadResponse)
{
    server.addFault(FaultRule::invalidJson());
    ChatOptions options;
    options.jsonMode = true;
    ChatReply *reply = client->chat({ChatMessage::user(QStringLiteral("Quiz questions as JSON"))}, options);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kBadResponse);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("not valid JSON"))) << describe(reply);
    EXPECT_EQ(reply->attempts(), 3);
}

TEST_F(GroqClientTest, StreamingDeliversTheDeltasInOrder)
{
    server.chat().setCannedResponse(QStringLiteral("mitochondria"), kLongAnswer);
    ChatReply *reply = client->chatStream({ChatMessage::user(QStringLiteral("What do mitochondria do?"))});
    QStringList deltas;
    QObject::connect(reply, &ChatReply::delta, reply, [&deltas](const QString &text) { deltas.append(text); });
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_GT(deltas.size(), 5);
    EXPECT_EQ(deltas.join(QString()), kLongAnswer);
    EXPECT_EQ(reply->completion().content, kLongAnswer);
    EXPECT_EQ(reply->completion().finishReason, QStringLiteral("stop"));
    ASSERT_TRUE(reply->completion().usage);
    EXPECT_GT(reply->completion().usage->completionTokens, 0);
    EXPECT_TRUE(server.requests().last().json[u"stream"].toBool());
}

TEST_F(GroqClientTest, AStreamBrokenByGroqEndsWithoutARetry)
{
    server.chat().setCannedResponse(QStringLiteral("mitochondria"), kLongAnswer);
    server.addFault(FaultRule::streamError());
    ChatReply *reply = client->chatStream({ChatMessage::user(QStringLiteral("What do mitochondria do?"))});
    QStringList deltas;
    QObject::connect(reply, &ChatReply::delta, reply, [&deltas](const QString &text) { deltas.append(text); });
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kGroqUnavailable);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("Service Unavailable"))) << describe(reply);
    EXPECT_FALSE(deltas.isEmpty());
    EXPECT_TRUE(kLongAnswer.startsWith(deltas.join(QString())));
    EXPECT_EQ(reply->attempts(), 1); // the text already shown would be repeated
}

TEST_F(GroqClientTest, AStreamThatFailsBeforeAnyTextIsRetried)
{
    server.addFault(FaultRule::httpStatus(503).onRequests({1}));
    ChatReply *reply = client->chatStream({ChatMessage::user(QStringLiteral("Summarise the lecture"))});
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->attempts(), 2);
    EXPECT_FALSE(reply->completion().content.isEmpty());
}

TEST_F(GroqClientTest, ListsTheModels)
{
    ModelsReply *reply = client->listModels();
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    QStringList ids;
    for (const GroqModel &model : reply->models())
        ids.append(model.id);
    EXPECT_TRUE(ids.contains(QStringLiteral("whisper-large-v3-turbo")));
    EXPECT_TRUE(ids.contains(QStringLiteral("llama-3.3-70b-versatile")));
}

TEST_F(GroqClientTest, ObservesTheRateLimitHeaders)
{
    QSignalSpy changed(client.get(), &GroqClient::rateLimitChanged);
    ChatReply *reply = client->chat({ChatMessage::user(QStringLiteral("Hello"))});
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_EQ(changed.size(), 1);
    const RateLimitState &state = client->rateLimit();
    EXPECT_TRUE(state.isKnown());
    EXPECT_EQ(state.limitRequests, 1000);
    EXPECT_EQ(state.remainingRequests, 999);
    EXPECT_GT(state.resetRequestsMs.value_or(0), 0);
    EXPECT_EQ(state.limitTokens, 12000);
    EXPECT_LT(state.remainingTokens.value_or(12000), 12000);
}

TEST_F(GroqClientTest, ASlotMayCancelAStreamMidway)
{
    server.chat().setCannedResponse(QStringLiteral("mitochondria"), kLongAnswer);
    ChatReply *reply = client->chatStream({ChatMessage::user(QStringLiteral("What do mitochondria do?"))});
    QStringList deltas;
    QObject::connect(reply, &ChatReply::delta, reply, [&deltas, reply](const QString &text) {
        deltas.append(text);
        reply->cancel();
    });
    QObject::connect(reply, &GroqReply::finished, reply, &QObject::deleteLater);
    QSignalSpy destroyed(reply, &QObject::destroyed);
    ASSERT_TRUE(destroyed.wait(kWaitMs));
    EXPECT_EQ(deltas.size(), 1);
    EXPECT_EQ(client->runningCount(), 0);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.activeRequests() == 0; }, kWaitMs));
}
