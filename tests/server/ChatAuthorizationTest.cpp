#include "ChatFixture.h"

#include <QJsonArray>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct GroupRequest
{
    QString type;
    QJsonObject fields; // "group" is added per case
    QString memberAnswer; // what a plain member (not the owner) gets: "ok" or an error code
};
} // namespace

class ChatAuthorizationTest : public ChatFixture
{
protected:
    void SetUp() override
    {
        ChatFixture::SetUp();
        start();
        ada = registerUser(u"ada"_s);
        bob = registerUser(u"bob"_s);
        carol = registerUser(u"carol"_s);
        eve = registerUser(u"eve"_s);
        group = createGroup(*ada.client, u"Private"_s);
        joinGroup(*bob.client, group);
        joinGroup(*carol.client, group);
        groupId = group.value(u"id"_s).toInteger();
    }

    QString answer(TestClient &client, const GroupRequest &request, qint64 target)
    {
        QJsonObject fields = request.fields;
        fields.insert(u"group"_s, target);
        const QJsonObject reply = ask(client, request.type, fields);
        EXPECT_FALSE(reply.isEmpty()) << request.type.toStdString();
        if (reply.value(u"type"_s).toString() == u"error"_s) {
            EXPECT_FALSE(reply.value(u"message"_s).toString().isEmpty());
        }
        return reply.value(u"type"_s).toString() == u"ok"_s ? u"ok"_s : reply.value(u"code"_s).toString();
    }

    QList<GroupRequest> groupRequests() const
    {
        return {
            {u"group.members"_s, {}, u"ok"_s},
            {u"group.remove_member"_s, {{u"user"_s, carol.userId}}, u"forbidden"_s},
            {u"chat.send"_s, {{u"client_msg_id"_s, newId()}, {u"text"_s, u"hi"_s}}, u"ok"_s},
            {u"chat.history"_s, {}, u"ok"_s},
            {u"chat.read"_s, {{u"up_to"_s, 1}}, u"ok"_s},
            {u"chat.typing"_s, {}, u"ok"_s},
            {u"group.leave"_s, {}, u"ok"_s}, // last: bob is out afterwards
        };
    }

    Device ada, bob, carol, eve;
    QJsonObject group;
    qint64 groupId = 0;
};

// Every frame that names a group, from a member, a signed-in stranger, and a connection that has
// not signed in. A stranger gets not_found, the same as for a group that does not exist, and
// changes nothing.
TEST_F(ChatAuthorizationTest, EveryGroupFrameIsCheckedForMembership)
{
    auto anonymous = this->anonymous();
    const qint64 missingGroup = groupId + 1000;
    for (const GroupRequest &request : groupRequests()) {
        SCOPED_TRACE(request.type.toStdString());
        EXPECT_EQ(answer(*anonymous, request, groupId), u"unauthenticated"_s);
        EXPECT_EQ(answer(*eve.client, request, groupId), u"not_found"_s);
        EXPECT_EQ(answer(*eve.client, request, missingGroup), u"not_found"_s);
        EXPECT_EQ(answer(*bob.client, request, missingGroup), u"not_found"_s);
        EXPECT_EQ(answer(*bob.client, request, groupId), request.memberAnswer);
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM chat_messages WHERE sender_id = %1"_s.arg(eve.userId)), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_members WHERE user_id = %1"_s.arg(eve.userId)), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_members WHERE group_id = %1"_s.arg(groupId)), 2); // ada, carol
    // Eve heard nothing of the group's chat or typing: her first event is her own message.
    const qint64 evesGroup = createGroup(*eve.client, u"Eve's"_s).value(u"id"_s).toInteger();
    const QJsonObject own = sendChat(*eve.client, evesGroup, u"mine"_s);
    EXPECT_EQ(nextEvent(*eve.client, u"chat.message"_s).value(u"message"_s), own.value(u"message"_s));
}

TEST_F(ChatAuthorizationTest, FramesWithoutAGroupNeedOnlyASignedInConnection)
{
    auto anonymous = this->anonymous();
    const QList<std::pair<QString, QJsonObject>> requests = {
        {u"group.create"_s, {{u"name"_s, u"Mine"_s}}},
        {u"group.join"_s, {{u"invite_code"_s, group.value(u"invite_code"_s)}}},
        {u"group.list"_s, {}},
    };
    for (const auto &[type, fields] : requests) {
        SCOPED_TRACE(type.toStdString());
        EXPECT_TRUE(isError(ask(*anonymous, type, fields), u"unauthenticated"_s));
        EXPECT_TRUE(isOk(ask(*eve.client, type, fields)));
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM study_groups"_s), 2);
}

// Only the removed member loses access: the removal is checked on their next frame, with no need
// to reconnect.
TEST_F(ChatAuthorizationTest, ARemovedMemberLosesAccessAtOnce)
{
    ASSERT_TRUE(isOk(sendChat(*bob.client, groupId, u"before"_s)));
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s).toObject().value(u"text"_s).toString(), u"before"_s);
    ASSERT_TRUE(isOk(ask(*ada.client, u"group.remove_member"_s, {{u"group"_s, groupId}, {u"user"_s, bob.userId}})));
    EXPECT_TRUE(isError(sendChat(*bob.client, groupId, u"after"_s), u"not_found"_s));
    EXPECT_TRUE(isError(ask(*bob.client, u"chat.history"_s, {{u"group"_s, groupId}}), u"not_found"_s));
    // Messages sent after the removal no longer reach him.
    const QJsonObject later = sendChat(*ada.client, groupId, u"later"_s);
    const qint64 bobsGroup = createGroup(*bob.client, u"Bob's"_s).value(u"id"_s).toInteger();
    const QJsonObject own = sendChat(*bob.client, bobsGroup, u"mine"_s);
    EXPECT_TRUE(isOk(later));
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s), own.value(u"message"_s));
}
