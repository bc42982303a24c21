#pragma once

#include "chat/ChatTypes.h"

#include <QAbstractListModel>

namespace lectern {

class GroupChatClient;

// The chat of one group, oldest message first, with the student's unacknowledged messages last
// (PendingRole). It shows the newest page at once and older pages on loadOlder(), for a view that
// scrolls back; messages arriving live are merged in by seq, each exactly once.
class ChatMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        SenderIdRole,
        SenderNameRole,
        CreatedAtRole,
        PendingRole,
        OwnRole,
        HasQuoteRole,
        QuoteLectureIdRole,
        QuoteTimeRole,
        QuoteTextRole,
        ClientMsgIdRole,
    };

    ChatMessageModel(GroupChatClient *client, qint64 groupId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 groupId() const { return m_groupId; }
    const GroupMessage &messageAt(int row) const { return m_messages.at(row); }
    // The newest stored message's seq, for the read marker; 0 when there is none.
    qint64 newestSeq() const;
    // Older messages remain on the server.
    bool hasOlder() const { return m_more; }
    bool isLoading() const { return m_loadingOlder || m_loadingLatest; }
    // Asks for the page before the oldest message shown; nothing when none remain or one is coming.
    void loadOlder();
    // Asks for the newest page again (after a reconnect).
    void reload();

signals:
    // A page of `count` older messages was put at the top.
    void olderLoaded(int count);
    // The newest page arrived (first load or reload).
    void latestLoaded();

private:
    void onHistory(qint64 groupId, qint64 beforeSeq, const QList<GroupMessage> &messages, bool more);
    void onStored(const GroupMessage &message);
    void onQueued(const GroupMessage &message);
    int storedCount() const;
    qint64 oldestSeq() const;

    GroupChatClient *m_client;
    qint64 m_groupId;
    QList<GroupMessage> m_messages;
    bool m_more = false;
    bool m_loadingOlder = false;
    bool m_loadingLatest = false;
};

} // namespace lectern
