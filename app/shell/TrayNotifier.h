#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace lectern {

// The desktop notifications of one main window, through a single Lectern icon in the system
// tray: every feature that has something to tell the student (an achievement, a chat message)
// shows it here, so the tray holds one Lectern icon however many features have spoken.
// Clicking a message does what the feature that showed it asked for.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    // The window's notifier, made on first use (a child of the window).
    static TrayNotifier *of(QWidget *window);

    // Shows the message from the tray icon; false, and nothing shown, where the desktop has no
    // tray or cannot show messages (the caller then says it its own way). A click on the message
    // calls `onClicked`, unless `context` is gone by then.
    bool show(const QString &title, const QString &message, const QObject *context, std::function<void()> onClicked);

private:
    explicit TrayNotifier(QWidget *window);

    QPointer<QSystemTrayIcon> m_tray;
    // For the message shown last.
    QPointer<const QObject> m_clickContext;
    std::function<void()> m_onClicked;
};

} // namespace lectern
