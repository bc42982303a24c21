#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace lectern {

class ChatComposer;
class ChatMessageModel;
class ChatView;
class GroupChatClient;

// One group's chat on the Groups page: its name and (for the owner) invite code, the messages
// with scroll-back, who is typing, the composer, and the members with a dot for who is online.
// Messages count as read while the chat is on screen in the active window.
class GroupChatPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GroupChatPanel(GroupChatClient *client, QWidget *parent = nullptr);

    // Shows the group's chat; 0 shows a hint to pick a group.
    void showGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    ChatView *chatView() const { return m_view; }
    ChatComposer *composer() const { return m_composer; }
    QLabel *typingLabel() const { return m_typing; }
    QListWidget *memberList() const { return m_members; }
    // Marks what is shown as read, when the student can see it.
    void markShownAsRead();
    // Forgets every group's messages (signed out).
    void clear();

signals:
    void quoteActivated(const QString &lectureId, qint64 timeMs);
    void problem(const QString &message);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateHeader();
    void updateMembers();
    void updateTyping();
    void send(const QString &text);
    ChatMessageModel *modelFor(qint64 groupId);

    GroupChatClient *m_client;
    qint64 m_groupId = 0;
    QHash<qint64, ChatMessageModel *> m_models;
    // Who is typing in the shown group: user id → name and until when (ms since epoch).
    QHash<qint64, std::pair<QString, qint64>> m_typists;

    QLabel *m_title;
    QLabel *m_invite;
    QPushButton *m_copyInvite;
    QPushButton *m_leave;
    ChatView *m_view;
    QLabel *m_typing;
    ChatComposer *m_composer;
    QPushButton *m_send;
    QListWidget *m_members;
    QTimer *m_typingExpiry;
};

} // namespace lectern
