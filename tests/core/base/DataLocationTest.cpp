#include "base/DataLocation.h"
#include "base/Settings.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QScopeGuard>
#include <QStandardPaths>

using namespace lectern;

namespace {
// Restores LECTERN_DATA_DIR and the stored library location after each test.
class DataLocationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_savedEnv = qgetenv("LECTERN_DATA_DIR");
        qunsetenv("LECTERN_DATA_DIR");
        Settings().reset(Setting::LibraryLocation);
    }
    void TearDown() override
    {
        if (m_savedEnv.isEmpty())
            qunsetenv("LECTERN_DATA_DIR");
        else
            qputenv("LECTERN_DATA_DIR", m_savedEnv);
        Settings().reset(Setting::LibraryLocation);
    }
    QByteArray m_savedEnv;
};
} // namespace

TEST_F(DataLocationTest, DefaultsToTheApplicationDataLocation)
{
    EXPECT_EQ(resolveDataDirectory(), QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

TEST_F(DataLocationTest, SettingBeatsDefaultEnvironmentBeatsSettingExplicitBeatsAll)
{
    Settings().setValue(Setting::LibraryLocation, QStringLiteral("/tmp/from-settings"));
    EXPECT_EQ(resolveDataDirectory(), QStringLiteral("/tmp/from-settings"));
    qputenv("LECTERN_DATA_DIR", "/tmp/from-env");
    EXPECT_EQ(resolveDataDirectory(), QStringLiteral("/tmp/from-env"));
    EXPECT_EQ(resolveDataDirectory(QStringLiteral("/tmp/explicit/../chosen")), QStringLiteral("/tmp/chosen"));
}

TEST_F(DataLocationTest, RelativePathsAreMadeAbsolute)
{
    EXPECT_EQ(resolveDataDirectory(QStringLiteral("lib")), QDir::current().absoluteFilePath(QStringLiteral("lib")));
}
