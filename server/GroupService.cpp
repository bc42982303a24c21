#include "server/GroupService.h"

#include "protocol/Group.h"
#include "server/ServerDatabase.h"

#include <QJsonArray>

namespace lectern::server {

namespace {
using protocol::ErrorCode;
using protocol::Frame;
using protocol::GroupFields;
using protocol::protocolError;
namespace Field = protocol::GroupField;
namespace FrameType = protocol::FrameType;
} // namespace

GroupService::GroupService(ServerDatabase &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{
}

void GroupService::registerHandlers(RequestRouter &router)
{
    auto add = [this, &router](QLatin1StringView type, Result<QJsonObject> (GroupService::*handler)(const Frame &, ClientSession &)) {
        router.addImmediate(QString(type), [this, handler](const Frame &request, ClientSession &session) {
            return (this->*handler)(request, session);
        });
    };
    add(FrameType::GroupCreate, &GroupService::create);
    add(FrameType::GroupJoin, &GroupService::join);
    add(FrameType::GroupLeave, &GroupService::leave);
    add(FrameType::GroupRemoveMember, &GroupService::removeMember);
    add(FrameType::GroupMembers, &GroupService::members);
    add(FrameType::GroupList, &GroupService::list);
}

QJsonObject GroupService::groupJson(const GroupStore::Group &group)
{
    return {{Field::Id.toString(), group.id},
            {Field::Name.toString(), group.name},
            {Field::InviteCode.toString(), group.inviteCode},
            {Field::Owner.toString(), group.ownerId}};
}

Error GroupService::groupNotFound(qint64 groupId)
{
    return protocolError(ErrorCode::NotFound, tr("You are not a member of a group %1.").arg(groupId));
}

GroupStore GroupService::store() const
{
    return GroupStore(m_database.connection());
}

Result<QJsonObject> GroupService::create(const Frame &request, ClientSession &session)
{
    const auto name = GroupFields::groupName(request);
    if (!name)
        return name.error();
    const auto group = store().create(session.identity()->userId, *name, m_clock.now());
    if (!group)
        return group.error();
    return QJsonObject{{Field::Group.toString(), groupJson(*group)}};
}

Result<QJsonObject> GroupService::join(const Frame &request, ClientSession &session)
{
    const auto code = GroupFields::inviteCode(request);
    if (!code)
        return code.error();
    const auto group = store().join(session.identity()->userId, *code, m_clock.now());
    if (!group)
        return group.error();
    if (!*group)
        return protocolError(ErrorCode::NotFound, tr("No group has the invite code %1.").arg(*code));
    return QJsonObject{{Field::Group.toString(), groupJson(**group)}};
}

Result<QJsonObject> GroupService::leave(const Frame &request, ClientSession &session)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return groupId.error();
    const auto left = store().leave(*groupId, session.identity()->userId);
    if (!left)
        return left.error();
    if (!*left)
        return groupNotFound(*groupId);
    return QJsonObject{};
}

Result<QJsonObject> GroupService::removeMember(const Frame &request, ClientSession &session)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return groupId.error();
    const auto userId = GroupFields::id(request, Field::User);
    if (!userId)
        return userId.error();
    const qint64 me = session.identity()->userId;
    // Whether the caller may see the group at all is settled first, so a non-member learns nothing.
    const auto group = store().groupOfMember(*groupId, me);
    if (!group)
        return group.error();
    if (!*group)
        return groupNotFound(*groupId);
    const auto removal = store().removeMember(*groupId, me, *userId);
    if (!removal)
        return removal.error();
    switch (*removal) {
    case GroupStore::Removal::Removed:
        return QJsonObject{};
    case GroupStore::Removal::NotOwner:
        return protocolError(ErrorCode::Forbidden, tr("Only the group's owner can remove members."));
    case GroupStore::Removal::IsOwner:
        return protocolError(ErrorCode::BadField, tr("The owner cannot remove themselves; use group.leave."));
    case GroupStore::Removal::NotAMember:
        break;
    }
    return protocolError(ErrorCode::NotFound, tr("User %1 is not a member of group %2.").arg(*userId).arg(*groupId));
}

Result<QJsonObject> GroupService::members(const Frame &request, ClientSession &session)
{
    const auto groupId = GroupFields::id(request, Field::Group);
    if (!groupId)
        return groupId.error();
    const auto group = store().groupOfMember(*groupId, session.identity()->userId);
    if (!group)
        return group.error();
    if (!*group)
        return groupNotFound(*groupId);
    const auto members = store().members(*groupId);
    if (!members)
        return members.error();
    QJsonArray list;
    for (const GroupStore::Member &member : *members)
        list.append(QJsonObject{{Field::UserId.toString(), member.userId},
                                {Field::Username.toString(), member.username},
                                {Field::Owner.toString(), member.userId == (*group)->ownerId},
                                {Field::Online.toString(), member.online}});
    return QJsonObject{{Field::Members.toString(), list}};
}

Result<QJsonObject> GroupService::list(const Frame &, ClientSession &session)
{
    const auto groups = store().groupsOf(session.identity()->userId);
    if (!groups)
        return groups.error();
    QJsonArray list;
    for (const GroupStore::Group &group : *groups) {
        QJsonObject json = groupJson(group);
        json.insert(Field::LastSeq.toString(), group.lastSeq);
        json.insert(Field::Unread.toString(), group.unread);
        list.append(json);
    }
    return QJsonObject{{Field::Groups.toString(), list}};
}

} // namespace lectern::server
