#pragma once

#include "chat/ChatConnection.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;

namespace lectern {

class GroupChatClient;
class GroupsPage;
class MainWindow;
class SyncClient;
class SyncTokenStore;
struct GroupMessage;

// Study groups in the window: the Groups menu (Show Groups, Ctrl+Shift+G, with the unread count in
// its title), the Groups page, "Share Moment to Group…" on a transcript line, and a notification
// for a message that comes while the window is in the background (a tray message where there is a
// system tray, else the taskbar's attention signal and the status bar). Chat signs in with the
// device sync account's token and follows it: signing in or out of sync does the same here.
class GroupsFeature : public QObject
{
    Q_OBJECT

public:
    // `tokens` is where the sync client keeps its token.
    GroupsFeature(MainWindow *window, SyncClient *sync, std::shared_ptr<SyncTokenStore> tokens, ChatTiming timing = {});
    ~GroupsFeature() override;

    GroupChatClient *chatClient() const { return m_client; }
    GroupsPage *page() const { return m_page; }
    QMenu *menu() const { return m_menu; }
    QAction *showAction() const { return m_showAction; }
    QAction *shareMomentAction() const { return m_shareAction; }

public slots:
    void showGroups();
    // Opens "Share Moment to Group…" for the transcript line selected (or playing) in the lecture view.
    void shareMoment();

signals:
    // Every notification of a new message, however it was shown.
    void notified(const QString &title, const QString &message);

private:
    void startChat();
    void onMessageReceived(const GroupMessage &message);
    void notify(const QString &title, const QString &message, qint64 groupId);
    void openQuote(const QString &lectureId, qint64 timeMs);
    void showUnread(int total);

    MainWindow *m_window;
    SyncClient *m_sync;
    std::shared_ptr<SyncTokenStore> m_tokens;
    GroupChatClient *m_client;
    GroupsPage *m_page;
    QMenu *m_menu;
    QAction *m_showAction;
    QAction *m_shareAction;
    qint64 m_notifiedGroup = 0;
    bool m_loadingToken = false;
};

} // namespace lectern
