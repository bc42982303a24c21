#include "ai/GroqConfig.h"
#include "base/Settings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace lectern;

namespace {
class GroqConfigTest : public ::testing::Test
{
protected:
    void SetUp() override { qunsetenv("GROQ_BASE_URL"); }
    void TearDown() override { qunsetenv("GROQ_BASE_URL"); }

    QTemporaryDir dir;
    QSettings backend{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    Settings settings{&backend};
};
} // namespace

TEST_F(GroqConfigTest, DefaultsToGroq)
{
    EXPECT_EQ(GroqConfig::resolveBaseUrl(settings), QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
    EXPECT_EQ(GroqConfig::fromSettings(settings).maxConcurrentRequests, 4);
}

TEST_F(GroqConfigTest, TheSettingOverridesTheDefaultAndTheEnvironmentOverridesBoth)
{
    settings.setValue(Setting::GroqBaseUrl, QStringLiteral("http://127.0.0.1:9000/openai/v1"));
    settings.setValue(Setting::GroqConcurrency, 2);
    EXPECT_EQ(GroqConfig::fromSettings(settings).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000/openai/v1")));
    EXPECT_EQ(GroqConfig::fromSettings(settings).maxConcurrentRequests, 2);
    qputenv("GROQ_BASE_URL", "http://localhost:8765/openai/v1");
    EXPECT_EQ(GroqConfig::resolveBaseUrl(settings), QUrl(QStringLiteral("http://localhost:8765/openai/v1")));
}

TEST_F(GroqConfigTest, IgnoresUnusableUrls)
{
    settings.setValue(Setting::GroqBaseUrl, QStringLiteral("not a url"));
    qputenv("GROQ_BASE_URL", "");
    EXPECT_EQ(GroqConfig::resolveBaseUrl(settings), QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
}
