#include "shell/TrayNotifier.h"

#include <QMainWindow>
#include <QSystemTrayIcon>

#include <gtest/gtest.h>

using namespace lectern;

TEST(TrayNotifier, EveryFeatureOfAWindowSpeaksThroughOneTrayIcon)
{
    QMainWindow window;
    QMainWindow otherWindow;
    TrayNotifier *notifier = TrayNotifier::of(&window);
    EXPECT_EQ(TrayNotifier::of(&window), notifier);
    EXPECT_EQ(notifier->parent(), &window);
    EXPECT_NE(TrayNotifier::of(&otherWindow), notifier);

    QObject achievements;
    QObject chat;
    const bool trayCanSpeak = QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
    // Where there is no tray (offscreen) the caller is told to say it its own way.
    EXPECT_EQ(TrayNotifier::of(&window)->show(QStringLiteral("Achievement reached"), QStringLiteral("First review"),
                                              &achievements, [] {}),
              trayCanSpeak);
    EXPECT_EQ(TrayNotifier::of(&window)->show(QStringLiteral("Ada in Biology"), QStringLiteral("See you at 5"), &chat, [] {}),
              trayCanSpeak);
    EXPECT_EQ(window.findChildren<QSystemTrayIcon *>().size(), trayCanSpeak ? 1 : 0);
}
