#include "shell/TrayNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace lectern {

namespace {
constexpr int kMessageMs = 10000;
} // namespace

TrayNotifier::TrayNotifier(QWidget *window) : QObject(window)
{
    setObjectName(QStringLiteral("trayNotifier"));
}

TrayNotifier *TrayNotifier::of(QWidget *window)
{
    if (auto *existing = window->findChild<TrayNotifier *>(QStringLiteral("trayNotifier"), Qt::FindDirectChildrenOnly))
        return existing;
    return new TrayNotifier(window);
}

bool TrayNotifier::show(const QString &title, const QString &message, const QObject *context,
                        std::function<void()> onClicked)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        // The desktop's Lectern icon where it is installed, else a generic one: a tray entry
        // without an icon is not shown at all.
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Lectern"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_clickContext && m_onClicked)
                m_onClicked();
        });
    }
    m_clickContext = context;
    m_onClicked = std::move(onClicked);
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, kMessageMs);
    return true;
}

} // namespace lectern
