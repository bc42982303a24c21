#include "ai/ApiKeyProvider.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(ApiKeyProvider, TheEnvironmentComesFirstThenTheFallback)
{
    auto environment = std::make_shared<EnvironmentApiKeyProvider>();
    const FallbackApiKeyProvider keys(environment, std::make_shared<FixedApiKeyProvider>(QStringLiteral("from-keychain")));
    qunsetenv("GROQ_API_KEY");
    EXPECT_TRUE(environment->apiKey().isEmpty());
    EXPECT_EQ(keys.apiKey(), QStringLiteral("from-keychain"));
    qputenv("GROQ_API_KEY", " gsk_env \n");
    EXPECT_EQ(keys.apiKey(), QStringLiteral("gsk_env"));
    qunsetenv("GROQ_API_KEY");
    EXPECT_TRUE(FallbackApiKeyProvider(nullptr, nullptr).apiKey().isEmpty());
}
