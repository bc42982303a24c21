#include "chat/GroupListModel.h"

#include <QCollator>

#include <algorithm>

namespace lectern {

GroupListModel::GroupListModel(QObject *parent) : QAbstractListModel(parent)
{
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const ChatGroup &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return group.name;
    case Qt::AccessibleTextRole:
        return group.unread > 0 ? tr("%1, %n unread message(s)", nullptr, group.unread).arg(group.name) : group.name;
    case IdRole:
        return group.id;
    case UnreadRole:
        return group.unread;
    case InviteCodeRole:
        return group.inviteCode;
    case OwnerIdRole:
        return group.ownerId;
    case LastSeqRole:
        return group.lastSeq;
    default:
        return {};
    }
}

QHash<int, QByteArray> GroupListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "groupId");
    names.insert(UnreadRole, "unread");
    names.insert(InviteCodeRole, "inviteCode");
    names.insert(OwnerIdRole, "ownerId");
    names.insert(LastSeqRole, "lastSeq");
    return names;
}

int GroupListModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(), [id](const ChatGroup &g) { return g.id == id; });
    return it == m_groups.cend() ? -1 : int(it - m_groups.cbegin());
}

std::optional<ChatGroup> GroupListModel::group(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_groups.at(row);
}

QModelIndex GroupListModel::indexOf(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

int GroupListModel::totalUnread() const
{
    int total = 0;
    for (const ChatGroup &group : m_groups)
        total += group.unread;
    return total;
}

void GroupListModel::announceTotal(int before)
{
    if (const int after = totalUnread(); after != before)
        emit totalUnreadChanged(after);
}

void GroupListModel::setGroups(QList<ChatGroup> groups)
{
    const int before = totalUnread();
    // Rows that are gone first, then updates and additions, so selections on kept rows survive.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const qint64 id = m_groups.at(row).id;
        if (std::none_of(groups.cbegin(), groups.cend(), [id](const ChatGroup &g) { return g.id == id; })) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ChatGroup &group : groups)
        upsert(group);
    announceTotal(before);
}

void GroupListModel::upsert(const ChatGroup &group)
{
    const int before = totalUnread();
    if (const int row = rowOf(group.id); row >= 0) {
        m_groups[row] = group;
        emit dataChanged(index(row), index(row));
    } else {
        // Sorted by name as people read them, so a new group lands where the student looks for it.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto at = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                     [&](const ChatGroup &g) { return collator.compare(group.name, g.name) < 0; });
        const int insertRow = int(at - m_groups.cbegin());
        beginInsertRows({}, insertRow, insertRow);
        m_groups.insert(insertRow, group);
        endInsertRows();
    }
    announceTotal(before);
}

void GroupListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const int before = totalUnread();
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
    announceTotal(before);
}

void GroupListModel::noteMessage(qint64 groupId, qint64 seq, bool unread)
{
    const int row = rowOf(groupId);
    if (row < 0 || seq <= m_groups.at(row).lastSeq)
        return;
    const int before = totalUnread();
    m_groups[row].lastSeq = seq;
    if (unread)
        ++m_groups[row].unread;
    emit dataChanged(index(row), index(row));
    announceTotal(before);
}

void GroupListModel::setUnread(qint64 groupId, int unread)
{
    const int row = rowOf(groupId);
    if (row < 0 || m_groups.at(row).unread == unread)
        return;
    const int before = totalUnread();
    m_groups[row].unread = unread;
    emit dataChanged(index(row), index(row));
    announceTotal(before);
}

void GroupListModel::clear()
{
    const int before = totalUnread();
    beginResetModel();
    m_groups.clear();
    endResetModel();
    announceTotal(before);
}

} // namespace lectern
