#pragma once

#include <QListView>

namespace lectern {

class ChatMessageDelegate;
class ChatMessageModel;

// A group's chat, newest at the bottom. Scrolling to the top loads the page before it and keeps
// the message being read in place; a new message scrolls into view when the student was at the
// bottom, or wrote it.
class ChatView : public QListView
{
    Q_OBJECT

public:
    explicit ChatView(QWidget *parent = nullptr);

    void setChatModel(ChatMessageModel *model);
    ChatMessageModel *chatModel() const { return m_model; }
    ChatMessageDelegate *messageDelegate() const { return m_delegate; }
    bool isAtBottom() const;

signals:
    void quoteActivated(const QString &lectureId, qint64 timeMs);

private:
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void loadOlderIfRoom();

    ChatMessageModel *m_model = nullptr;
    ChatMessageDelegate *m_delegate;
    QList<QMetaObject::Connection> m_modelConnections;
    // Distance from the bottom to restore once older rows were laid out above; -1 when none.
    int m_keepFromBottom = -1;
    bool m_stickToBottom = true;
};

} // namespace lectern
