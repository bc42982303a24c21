#pragma once

#include "chat/ChatTypes.h"

#include <QAbstractListModel>

#include <optional>

namespace lectern {

// The signed-in student's study groups by name, each with its unread count; GroupChatClient keeps
// it current. The display text is the name; views paint the count from UnreadRole.
class GroupListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UnreadRole,
        InviteCodeRole,
        OwnerIdRole,
        LastSeqRole,
    };

    explicit GroupListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    std::optional<ChatGroup> group(qint64 id) const;
    QList<ChatGroup> groups() const { return m_groups; }
    QModelIndex indexOf(qint64 id) const;
    int totalUnread() const;

    // Replaces the list (group.list after signing in), keeping rows that stayed.
    void setGroups(QList<ChatGroup> groups);
    // Adds a group or updates the one with its id.
    void upsert(const ChatGroup &group);
    void remove(qint64 id);
    // A message numbered `seq` arrived; unread counts up when it is someone else's.
    void noteMessage(qint64 groupId, qint64 seq, bool unread);
    void setUnread(qint64 groupId, int unread);
    void clear();

signals:
    void totalUnreadChanged(int total);

private:
    int rowOf(qint64 id) const;
    void announceTotal(int before);

    QList<ChatGroup> m_groups;
};

} // namespace lectern
