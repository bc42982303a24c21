#include "GroqClientFixture.h"

#include <QTcpServer>

using namespace lectern;
using namespace lectern::fake;
using namespace lectern::test;
using namespace std::chrono_literals;

namespace {
QList<ChatMessage> question()
{
    return {ChatMessage::user(QStringLiteral("What is a ribosome?"))};
}
} // namespace

TEST_F(GroqClientTest, WithoutAKeyNothingIsSent)
{
    client->setApiKeyProvider(std::make_shared<FixedApiKeyProvider>(QString()));
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kNoApiKey);
    EXPECT_EQ(reply->error().message, QStringLiteral("No Groq API key. Save one in Lectern's Settings (or with \"lectern-cli key set\"), or set the GROQ_API_KEY environment variable."));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(GroqClientTest, TheDefaultKeyComesFromTheEnvironment)
{
    GroqClient fromEnvironment(config());
    qputenv("GROQ_API_KEY", server.options().apiKey.toUtf8());
    ChatReply *withKey = fromEnvironment.chat(question());
    ASSERT_TRUE(waitFinished(withKey));
    EXPECT_FALSE(withKey->hasError()) << describe(withKey);
    qunsetenv("GROQ_API_KEY");
    ChatReply *without = fromEnvironment.chat(question());
    ASSERT_TRUE(waitFinished(without));
    ASSERT_TRUE(without->hasError());
    EXPECT_EQ(without->error().code, groq::kNoApiKey);
}

TEST_F(GroqClientTest, AWrongKeyIsReportedAndNotRetried)
{
    client->setApiKeyProvider(std::make_shared<FixedApiKeyProvider>(QStringLiteral("gsk_revoked")));
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kInvalidApiKey);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("Invalid API Key")));
    EXPECT_EQ(reply->httpStatus(), 401);
    EXPECT_EQ(reply->groqErrorCode(), QStringLiteral("invalid_api_key"));
    EXPECT_EQ(reply->attempts(), 1);
    EXPECT_EQ(server.requests().last().header("authorization"), "Bearer gsk_revoked");
}

TEST_F(GroqClientTest, WaitsForRetryAfterThenSucceeds)
{
    server.addFault(FaultRule::rateLimit(2.0).onRequests({1}));
    ChatReply *reply = client->chat(question());
    QSignalSpy retries(reply, &GroqReply::retryScheduled);
    QSignalSpy announced(client.get(), &GroqClient::retryScheduled);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->attempts(), 2);
    ASSERT_EQ(retries.size(), 1);
    EXPECT_EQ(retries[0][0].toInt(), 2);
    EXPECT_EQ(retries[0][1].toLongLong(), 20); // retry-after 2 s, scaled by the test policy
    const Error reason = retries[0][2].value<Error>();
    EXPECT_EQ(reason.code, groq::kRateLimited);
    EXPECT_EQ(reason.message, QStringLiteral("Groq's rate limit was reached; waiting 2 s"));
    ASSERT_EQ(announced.size(), 1);
    EXPECT_EQ(announced[0][0].toULongLong(), reply->id());
}

TEST_F(GroqClientTest, ARetryAfterLongerThanAMinuteFailsAtOnceWithTheWait)
{
    server.addFault(FaultRule::rateLimit(120));
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kRateLimited);
    EXPECT_EQ(reply->error().message, QStringLiteral("Groq's rate limit was reached; try again in 120 s."));
    EXPECT_EQ(reply->retryAfterSeconds(), 120.0);
    EXPECT_EQ(reply->attempts(), 1);
}

TEST_F(GroqClientTest, APersistentRateLimitEndsAsRateLimited)
{
    server.addFault(FaultRule::rateLimit(1));
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kRateLimited);
    EXPECT_EQ(reply->attempts(), 3);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(GroqClientTest, ServerErrorsTwiceThenSuccess)
{
    server.addFault(FaultRule::httpStatus(500).onRequests({1, 2}));
    ChatReply *reply = client->chat(question());
    QSignalSpy retries(reply, &GroqReply::retryScheduled);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->attempts(), 3);
    ASSERT_EQ(retries.size(), 2);
    EXPECT_EQ(retries[1][2].value<Error>().code, groq::kGroqUnavailable);
    for (const QList<QVariant> &retry : retries) {
        EXPECT_GE(retry[1].toLongLong(), 3); // 5 ms, then 10 ms, each shortened by up to 25 %
        EXPECT_LE(retry[1].toLongLong(), 10);
    }
}

class GroqUnavailableTest : public GroqClientTest, public ::testing::WithParamInterface<int>
{
};

TEST_P(GroqUnavailableTest, EndsAsUnavailableAfterTheRetries)
{
    server.addFault(FaultRule::httpStatus(GetParam()));
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kGroqUnavailable);
    EXPECT_TRUE(reply->error().message.contains(QString::number(GetParam()))) << describe(reply);
    EXPECT_EQ(reply->attempts(), 3);
    EXPECT_EQ(server.requestCount(), 3);
}

INSTANTIATE_TEST_SUITE_P(Statuses, GroqUnavailableTest, ::testing::Values(498, 500, 502, 503));

TEST_F(GroqClientTest, AResetMidResponseIsRetried)
{
    server.addFault(FaultRule::reset().onRequests({1}));
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(reply->attempts(), 2);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(server.requests().first().faults, QStringList{QStringLiteral("reset")});
}

TEST_F(GroqClientTest, AStalledRequestTimesOut)
{
    reconfigure([](GroqConfig &config) {
        config.transferTimeout = 300ms;
        config.retry.maxRetries = 1;
    });
    server.addFault(FaultRule::stall());
    ChatReply *reply = client->chat(question());
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kTimeout);
    EXPECT_EQ(reply->attempts(), 2);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.requestCount() == 2 && server.activeRequests() == 0; }, kWaitMs));
}

TEST_F(GroqClientTest, NothingListeningMeansOfflineWithoutRetries)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    reconfigure([closedPort](GroqConfig &config) { config.baseUrl.setPort(closedPort); });
    ChatReply *reply = client->chat(question());
    QSignalSpy retries(reply, &GroqReply::retryScheduled);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kOffline);
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("127.0.0.1"))) << describe(reply);
    EXPECT_EQ(reply->attempts(), 1);
    EXPECT_TRUE(retries.isEmpty());
}

TEST_F(GroqClientTest, AnUnknownModelIsRejectedWithGroqsReason)
{
    ChatOptions options;
    options.model = QStringLiteral("llama-9-900b");
    ChatReply *reply = client->chat(question(), options);
    ASSERT_TRUE(waitFinished(reply));
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kRequestRejected);
    EXPECT_EQ(reply->groqErrorCode(), QStringLiteral("model_not_found"));
    EXPECT_TRUE(reply->error().message.contains(QStringLiteral("llama-9-900b")));
}

TEST_F(GroqClientTest, CancellingARunningRequestEndsItAtOnce)
{
    server.addFault(FaultRule::stall());
    ChatReply *reply = client->chat(question());
    QSignalSpy started(&server, &FakeGroqServer::requestStarted);
    ASSERT_TRUE(started.wait(kWaitMs));
    QSignalSpy finished(reply, &GroqReply::finished);
    reply->cancel();
    EXPECT_EQ(finished.size(), 1);
    ASSERT_TRUE(reply->hasError());
    EXPECT_EQ(reply->error().code, groq::kCancelled);
    EXPECT_EQ(client->runningCount(), 0);
    // The connection is dropped, so Groq stops working (and billing) on it.
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.activeRequests() == 0; }, kWaitMs));
}

TEST_F(GroqClientTest, CancellingDuringARetryWaitStopsTheRetry)
{
    reconfigure([](GroqConfig &config) { config.retry.waitScale = 1.0; });
    server.addFault(FaultRule::rateLimit(30));
    ChatReply *reply = client->chat(question());
    QSignalSpy retries(reply, &GroqReply::retryScheduled);
    ASSERT_TRUE(retries.wait(kWaitMs));
    EXPECT_EQ(reply->state(), GroqReply::State::WaitingToRetry);
    reply->cancel();
    ASSERT_TRUE(reply->isFinished());
    EXPECT_EQ(reply->error().code, groq::kCancelled);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(GroqClientTest, CancelAllEndsRunningAndQueuedRequests)
{
    reconfigure([](GroqConfig &config) { config.maxConcurrentRequests = 1; });
    server.addFault(FaultRule::stall());
    QList<ChatReply *> replies{client->chat(question()), client->chat(question()), client->chat(question())};
    QSignalSpy started(&server, &FakeGroqServer::requestStarted);
    ASSERT_TRUE(started.wait(kWaitMs));
    EXPECT_EQ(client->runningCount(), 1);
    EXPECT_EQ(client->queuedCount(), 2);
    replies[1]->cancel(); // a queued one alone first
    EXPECT_EQ(replies[1]->error().code, groq::kCancelled);
    EXPECT_EQ(client->queuedCount(), 1);
    client->cancelAll();
    for (ChatReply *reply : replies) {
        ASSERT_TRUE(reply->isFinished());
        EXPECT_EQ(reply->error().code, groq::kCancelled);
    }
    EXPECT_EQ(client->runningCount(), 0);
    EXPECT_EQ(client->queuedCount(), 0);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(GroqClientTest, DeletingARunningReplyAbortsIt)
{
    server.addFault(FaultRule::stall());
    ChatReply *reply = client->chat(question());
    QSignalSpy started(&server, &FakeGroqServer::requestStarted);
    ASSERT_TRUE(started.wait(kWaitMs));
    delete reply;
    EXPECT_EQ(client->runningCount(), 0);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.activeRequests() == 0; }, kWaitMs));
}

TEST_F(GroqClientTest, NeverMoreThanTheConcurrencyLimitInFlight)
{
    reconfigure([](GroqConfig &config) { config.maxConcurrentRequests = 2; });
    server.addFault(FaultRule::latency(40));
    QList<ChatReply *> replies;
    for (int i = 0; i < 7; ++i)
        replies.append(client->chat(question()));
    int mostRunning = 0;
    EXPECT_TRUE(QTest::qWaitFor([&] {
        mostRunning = std::max(mostRunning, client->runningCount());
        return std::all_of(replies.cbegin(), replies.cend(), [](const ChatReply *reply) { return reply->isFinished(); });
    }, kWaitMs));
    for (ChatReply *reply : replies)
        EXPECT_FALSE(reply->hasError()) << describe(reply);
    EXPECT_EQ(server.requestCount(), 7);
    EXPECT_EQ(server.maxActiveRequests(), 2);
    EXPECT_LE(mostRunning, 2);
}

TEST_F(GroqClientTest, DestroyingTheClientAbandonsItsRequests)
{
    reconfigure([](GroqConfig &config) { config.retry.waitScale = 1.0; });
    server.addFault(FaultRule::stall().onPath(QStringLiteral("/models")));
    server.addFault(FaultRule::rateLimit(30).onPath(QStringLiteral("/chat/completions")));
    client->listModels();
    ChatReply *waiting = client->chat(question());
    QSignalSpy retries(waiting, &GroqReply::retryScheduled);
    ASSERT_TRUE(retries.wait(kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.activeRequests() == 1; }, kWaitMs));
    client.reset();
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.activeRequests() == 0; }, kWaitMs));
    EXPECT_EQ(server.requestCount(), 2);
}
