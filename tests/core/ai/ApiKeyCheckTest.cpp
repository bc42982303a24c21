#include "GroqClientFixture.h"

#include "ai/ApiKeyCheck.h"

#include <QTcpServer>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

using ApiKeyCheckTest = GroqClientTest;

ApiKeyCheck::Outcome check(ApiKeyCheck &keyCheck)
{
    QSignalSpy finished(&keyCheck, &ApiKeyCheck::finished);
    keyCheck.start();
    EXPECT_TRUE(keyCheck.isRunning());
    EXPECT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(keyCheck.isRunning());
    return keyCheck.outcome();
}

TEST_F(ApiKeyCheckTest, WorkingKeyListsTheModelsWithOneRequest)
{
    ApiKeyCheck keyCheck(client.get());
    ASSERT_EQ(check(keyCheck), ApiKeyCheck::Outcome::Works);
    EXPECT_EQ(keyCheck.message(), u"The key works."_s);
    EXPECT_TRUE(keyCheck.models().contains(u"whisper-large-v3-turbo"_s));
    EXPECT_TRUE(keyCheck.models().contains(u"llama-3.3-70b-versatile"_s));
    EXPECT_TRUE(std::is_sorted(keyCheck.models().begin(), keyCheck.models().end()));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, "GET");
    EXPECT_TRUE(server.requests().first().path.endsWith(u"/models"_s));
}

TEST_F(ApiKeyCheckTest, RefusedKeyIsAWrongKey)
{
    client->setApiKeyProvider(std::make_shared<FixedApiKeyProvider>(u"gsk_typo"_s));
    ApiKeyCheck keyCheck(client.get());
    ASSERT_EQ(check(keyCheck), ApiKeyCheck::Outcome::WrongKey);
    EXPECT_TRUE(keyCheck.message().startsWith(u"Groq does not accept this key."_s));
    EXPECT_TRUE(keyCheck.models().isEmpty());
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ApiKeyCheckTest, NoKeySendsNothing)
{
    client->setApiKeyProvider(std::make_shared<FixedApiKeyProvider>(QString()));
    ApiKeyCheck keyCheck(client.get());
    ASSERT_EQ(check(keyCheck), ApiKeyCheck::Outcome::NoKey);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(ApiKeyCheckTest, NoServerIsOffline)
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    GroqConfig config = this->config();
    config.baseUrl = QUrl(u"http://127.0.0.1:%1/openai/v1"_s.arg(port));
    config.retry.maxRetries = 0;
    client->setConfig(config);
    ApiKeyCheck keyCheck(client.get());
    ASSERT_EQ(check(keyCheck), ApiKeyCheck::Outcome::Offline);
    EXPECT_TRUE(keyCheck.message().startsWith(u"Groq could not be reached"_s)) << keyCheck.message().toStdString();
}

TEST(ApiKeyCheckModels, WhisperTranscribesEverythingElseChats)
{
    EXPECT_TRUE(ApiKeyCheck::isTranscriptionModel(u"whisper-large-v3"_s));
    EXPECT_TRUE(ApiKeyCheck::isTranscriptionModel(u"distil-whisper-large-v3-en"_s));
    EXPECT_FALSE(ApiKeyCheck::isTranscriptionModel(u"llama-3.3-70b-versatile"_s));
}

} // namespace
