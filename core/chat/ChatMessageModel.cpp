#include "chat/ChatMessageModel.h"

#include "chat/GroupChatClient.h"

#include <algorithm>

namespace lectern {

ChatMessageModel::ChatMessageModel(GroupChatClient *client, qint64 groupId, QObject *parent)
    : QAbstractListModel(parent), m_client(client), m_groupId(groupId)
{
    connect(client, &GroupChatClient::historyLoaded, this, &ChatMessageModel::onHistory);
    connect(client, &GroupChatClient::messageStored, this, &ChatMessageModel::onStored);
    connect(client, &GroupChatClient::messageQueued, this, &ChatMessageModel::onQueued);
    connect(client, &GroupChatClient::signedIn, this, &ChatMessageModel::reload);
    m_messages = client->pendingMessages(groupId);
    reload();
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const GroupMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return message.text;
    case Qt::AccessibleTextRole:
        return message.quote ? tr("%1: %2 (quoting “%3”)").arg(message.senderName, message.text, message.quote->text)
                             : tr("%1: %2").arg(message.senderName, message.text);
    case SeqRole:
        return message.seq;
    case SenderIdRole:
        return message.senderId;
    case SenderNameRole:
        return message.senderName;
    case CreatedAtRole:
        return message.createdAt;
    case PendingRole:
        return message.pending;
    case OwnRole:
        return message.senderId == m_client->userId();
    case HasQuoteRole:
        return message.quote.has_value();
    case QuoteLectureIdRole:
        return message.quote ? message.quote->lectureId : QVariant();
    case QuoteTimeRole:
        return message.quote ? message.quote->timeMs : QVariant();
    case QuoteTextRole:
        return message.quote ? message.quote->text : QVariant();
    case ClientMsgIdRole:
        return message.clientMsgId;
    default:
        return {};
    }
}

int ChatMessageModel::storedCount() const
{
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(), [](const GroupMessage &m) { return !m.pending; }));
}

qint64 ChatMessageModel::newestSeq() const
{
    const int stored = storedCount();
    return stored > 0 ? m_messages.at(stored - 1).seq : 0;
}

qint64 ChatMessageModel::oldestSeq() const
{
    return storedCount() > 0 ? m_messages.first().seq : 0;
}

void ChatMessageModel::loadOlder()
{
    if (!m_more || m_loadingOlder || storedCount() == 0 || m_client->state() != GroupChatClient::State::Online)
        return;
    m_loadingOlder = true;
    m_client->loadHistory(m_groupId, oldestSeq());
}

void ChatMessageModel::reload()
{
    // Replies do not outlive a connection: a page asked for before it dropped is not coming.
    m_loadingOlder = false;
    if (m_client->state() != GroupChatClient::State::Online)
        return;
    m_loadingLatest = true;
    m_client->loadHistory(m_groupId);
}

void ChatMessageModel::onHistory(qint64 groupId, qint64 beforeSeq, const QList<GroupMessage> &messages, bool more)
{
    if (groupId != m_groupId)
        return;
    if (beforeSeq > 0) {
        m_loadingOlder = false;
        if (beforeSeq != oldestSeq())
            return; // the list was replaced since this page was asked for
        QList<GroupMessage> older;
        for (const GroupMessage &message : messages) {
            if (message.seq < beforeSeq)
                older.append(message);
        }
        m_more = more;
        if (!older.isEmpty()) {
            beginInsertRows({}, 0, int(older.size()) - 1);
            m_messages = older + m_messages;
            endInsertRows();
        }
        emit olderLoaded(int(older.size()));
        return;
    }
    m_loadingLatest = false;
    const qint64 newest = newestSeq();
    // A gap between what is shown and the newest page (a long time offline): start over from it.
    if (storedCount() == 0 || messages.isEmpty() || messages.first().seq > newest + 1) {
        beginResetModel();
        const QList<GroupMessage> pending = m_client->pendingMessages(m_groupId);
        m_messages = messages + pending;
        m_more = more;
        endResetModel();
    } else {
        for (const GroupMessage &message : messages)
            onStored(message);
    }
    emit latestLoaded();
}

void ChatMessageModel::onStored(const GroupMessage &message)
{
    if (message.groupId != m_groupId)
        return;
    const int stored = storedCount();
    if (std::any_of(m_messages.cbegin(), m_messages.cbegin() + stored, [&](const GroupMessage &m) { return m.seq == message.seq; }))
        return;
    // The student's own pending message, now stored: it leaves the pending tail.
    const auto pending = std::find_if(m_messages.cbegin() + stored, m_messages.cend(),
                                      [&](const GroupMessage &m) { return m.clientMsgId == message.clientMsgId; });
    if (pending != m_messages.cend()) {
        const int row = int(pending - m_messages.cbegin());
        beginRemoveRows({}, row, row);
        m_messages.removeAt(row);
        endRemoveRows();
    }
    // Older than everything shown while older pages remain: the scroll-back brings it.
    if (stored > 0 && message.seq < oldestSeq() && m_more)
        return;
    const auto at = std::find_if(m_messages.cbegin(), m_messages.cbegin() + stored,
                                 [&](const GroupMessage &m) { return m.seq > message.seq; });
    const int row = int(at - m_messages.cbegin());
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    endInsertRows();
}

void ChatMessageModel::onQueued(const GroupMessage &message)
{
    if (message.groupId != m_groupId)
        return;
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    endInsertRows();
}

} // namespace lectern
