#include "ai/StudyChat.h"

#include "ai/GroqClient.h"
#include "base/Settings.h"

namespace lectern {

ChatReply *StudyChat::chat(GroqClient &client, QList<ChatMessage> messages, ChatOptions options)
{
    return client.chat(std::move(messages), std::move(options));
}

ChatReply *StudyChat::chatStream(GroqClient &client, QList<ChatMessage> messages, ChatOptions options)
{
    return client.chatStream(std::move(messages), std::move(options));
}

GroqClient *StudyChat::clientFromSettings(QObject *parent, std::shared_ptr<const ApiKeyProvider> storedKey)
{
    const Settings settings;
    auto keys = std::make_shared<FallbackApiKeyProvider>(std::make_shared<EnvironmentApiKeyProvider>(), std::move(storedKey));
    return new GroqClient(GroqConfig::fromSettings(settings), std::move(keys), parent);
}

GroqClient *StudyChat::clientWithoutRetries(const QUrl &baseUrl, const QString &apiKey, QObject *parent)
{
    using namespace std::chrono_literals;
    GroqConfig config;
    config.baseUrl = baseUrl;
    config.transferTimeout = 10s;
    config.retry.maxRetries = 0;
    return new GroqClient(config, std::make_shared<FixedApiKeyProvider>(apiKey), parent);
}

} // namespace lectern
