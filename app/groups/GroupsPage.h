#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace lectern {

class GroupChatClient;
class GroupChatPanel;

// Study groups in the window: the student's groups with unread counts on the left, creating one or
// joining one by invite code below them, and the chosen group's chat beside them. Without a signed-in
// account it says so and offers the way to Settings › Device Sync.
class GroupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsPage(GroupChatClient *client, QWidget *parent = nullptr);

    GroupChatPanel *chatPanel() const { return m_panel; }
    QListView *groupList() const { return m_groupList; }
    qint64 currentGroupId() const;
    void selectGroup(qint64 groupId);
    bool isSignedOutShown() const;
    // Says something on the page's status line (errors, the lecture not being here...).
    void showMessage(const QString &message);

signals:
    void openSyncSettingsRequested();
    void quoteActivated(const QString &lectureId, qint64 timeMs);

private:
    void updateState();

    GroupChatClient *m_client;
    QStackedWidget *m_stack;
    QWidget *m_signedOut;
    QLabel *m_signedOutMessage;
    QWidget *m_main;
    QListView *m_groupList;
    QLineEdit *m_newGroupName;
    QPushButton *m_create;
    QLineEdit *m_inviteCode;
    QPushButton *m_join;
    QLabel *m_status;
    GroupChatPanel *m_panel;
    // A group just created or joined here, selected as soon as the list has it.
    qint64 m_selectWhenListed = 0;
};

} // namespace lectern
