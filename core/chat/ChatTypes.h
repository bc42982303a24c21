#pragma once

#include "protocol/Group.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace lectern {

// A study group as the signed-in student sees it (group.list, group.create, group.join).
struct ChatGroup
{
    qint64 id = 0;
    QString name;
    QString inviteCode;
    qint64 ownerId = 0;
    // The seq of the group's newest message, and how many of the others' messages are unread.
    qint64 lastSeq = 0;
    int unread = 0;

    static ChatGroup fromJson(const QJsonObject &json);
    friend bool operator==(const ChatGroup &, const ChatGroup &) = default;
};

struct ChatMember
{
    qint64 userId = 0;
    QString username;
    bool owner = false;
    bool online = false;

    static ChatMember fromJson(const QJsonObject &json);
    friend bool operator==(const ChatMember &, const ChatMember &) = default;
};

// One message of a group's chat. A message sent from here is `pending` (seq 0, no id) until the
// server acknowledged storing it; its client_msg_id then matches the stored one.
struct GroupMessage
{
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 seq = 0;
    qint64 senderId = 0;
    QString senderName;
    QString clientMsgId;
    QString text;
    QDateTime createdAt;
    std::optional<protocol::LectureQuote> quote;
    bool pending = false;

    static GroupMessage fromJson(const QJsonObject &json);
    friend bool operator==(const GroupMessage &, const GroupMessage &) = default;
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::ChatGroup)
Q_DECLARE_METATYPE(lectern::ChatMember)
Q_DECLARE_METATYPE(lectern::GroupMessage)
