#include "chat/ChatTypes.h"

namespace lectern {

using namespace protocol;

ChatGroup ChatGroup::fromJson(const QJsonObject &json)
{
    ChatGroup group;
    group.id = json.value(GroupField::Id).toInteger();
    group.name = json.value(GroupField::Name).toString();
    group.inviteCode = json.value(GroupField::InviteCode).toString();
    group.ownerId = json.value(GroupField::Owner).toInteger();
    group.lastSeq = json.value(GroupField::LastSeq).toInteger();
    group.unread = int(json.value(GroupField::Unread).toInteger());
    return group;
}

ChatMember ChatMember::fromJson(const QJsonObject &json)
{
    ChatMember member;
    member.userId = json.value(GroupField::UserId).toInteger();
    member.username = json.value(GroupField::Username).toString();
    member.owner = json.value(GroupField::Owner).toBool();
    member.online = json.value(GroupField::Online).toBool();
    return member;
}

GroupMessage GroupMessage::fromJson(const QJsonObject &json)
{
    GroupMessage message;
    message.id = json.value(GroupField::Id).toInteger();
    message.groupId = json.value(GroupField::Group).toInteger();
    message.seq = json.value(GroupField::Seq).toInteger();
    message.senderId = json.value(GroupField::Sender).toInteger();
    message.senderName = json.value(GroupField::SenderName).toString();
    message.clientMsgId = json.value(GroupField::ClientMsgId).toString();
    message.text = json.value(GroupField::Text).toString();
    message.createdAt = QDateTime::fromString(json.value(GroupField::CreatedAt).toString(), Qt::ISODateWithMs);
    if (const QJsonObject quote = json.value(GroupField::Quote).toObject(); !quote.isEmpty()) {
        message.quote = LectureQuote{quote.value(GroupField::LectureId).toString(),
                                     quote.value(GroupField::TimeMs).toInteger(),
                                     quote.value(GroupField::Text).toString()};
    }
    return message;
}

} // namespace lectern
