#include "TestGroqClient.h"

#include "ai/GroqClient.h"

namespace lectern::test {

using namespace std::chrono_literals;

GroqClient *newTestGroqClient(const QUrl &baseUrl, const QString &apiKey, QObject *parent)
{
    GroqConfig config;
    config.baseUrl = baseUrl;
    config.transferTimeout = 60s;
    config.retry.maxRetries = 8;
    config.retry.initialDelay = 5ms;
    config.retry.maxDelay = 20ms;
    config.retry.waitScale = 0.01;
    auto *client = new GroqClient(config, std::make_shared<FixedApiKeyProvider>(apiKey), parent);
    client->seedJitter(7);
    return client;
}

void setConcurrentRequests(GroqClient &client, int count)
{
    GroqConfig config = client.config();
    config.maxConcurrentRequests = count;
    client.setConfig(config);
}

} // namespace lectern::test
