#include "base/Settings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace lectern;

TEST(Settings, UnsetKeysReadTheirDeclaredDefault)
{
    QTemporaryDir dir;
    QSettings backend(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Settings settings(&backend);
    EXPECT_EQ(settings.value(Setting::GroqConcurrency), 4);
    EXPECT_EQ(settings.value(Setting::GroqBaseUrl), QStringLiteral("https://api.groq.com/openai/v1"));
}

TEST(Settings, StoredValuesSurviveANewSettingsObject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings backend(path, QSettings::IniFormat);
        Settings settings(&backend);
        settings.setValue(Setting::GroqConcurrency, 2);
        settings.setValue(Setting::Theme, QStringLiteral("dark"));
    }
    QSettings backend(path, QSettings::IniFormat);
    Settings settings(&backend);
    EXPECT_EQ(settings.value(Setting::GroqConcurrency), 2);
    EXPECT_EQ(settings.value(Setting::Theme), QStringLiteral("dark"));
    settings.reset(Setting::Theme);
    EXPECT_EQ(settings.value(Setting::Theme), QStringLiteral("system"));
}
