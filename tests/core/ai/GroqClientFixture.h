#pragma once

#include "ai/ChatReply.h"
#include "ai/GroqClient.h"
#include "ai/ModelsReply.h"
#include "ai/TranscriptionReply.h"

#include "FakeGroqServer.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace lectern::test {

inline constexpr int kWaitMs = 30000;

// A GroqClient pointed at a fresh fake Groq server, with retry waits shrunk to milliseconds.
class GroqClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen().ok());
        client = std::make_unique<GroqClient>(config(), std::make_shared<FixedApiKeyProvider>(server.options().apiKey));
        client->seedJitter(1);
    }

    GroqConfig config() const
    {
        using namespace std::chrono_literals;
        GroqConfig config;
        config.baseUrl = server.baseUrl();
        config.transferTimeout = 10s;
        config.retry.initialDelay = 5ms;
        config.retry.maxDelay = 20ms;
        config.retry.waitScale = 0.01;
        return config;
    }

    void reconfigure(const std::function<void(GroqConfig &)> &change)
    {
        GroqConfig changed = client->config();
        change(changed);
        client->setConfig(changed);
    }

    static bool waitFinished(GroqReply *reply, int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    }

    static std::string describe(const GroqReply *reply)
    {
        return reply->hasError() ? QString(reply->error().code + QStringLiteral(": ") + reply->error().message).toStdString() : "no error";
    }

    fake::FakeGroqServer server;
    std::unique_ptr<GroqClient> client;
};

} // namespace lectern::test
