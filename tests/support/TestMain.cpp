// Entry point of every test executable: GoogleTest running inside a Qt application object, so
// tests can use event loops, QSignalSpy::wait and QTest's event simulation.
#include <gtest/gtest.h>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef LECTERN_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
#ifdef LECTERN_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Keep tests away from the developer's real settings and library.
    QStandardPaths::setTestModeEnabled(true);
    // ...and away from each other: ctest runs test processes side by side, and one clearing or
    // writing the shared test settings file under another's feet makes both flaky.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("LecternTests"));
    TestApplication::setApplicationName(QStringLiteral("lectern-tests"));
    return RUN_ALL_TESTS();
}
