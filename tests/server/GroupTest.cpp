#include "ChatFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList usernames(const QJsonObject &reply)
{
    QStringList names;
    for (const QJsonValue &member : reply.value(u"members"_s).toArray())
        names.append(member.toObject().value(u"username"_s).toString());
    return names;
}

QJsonObject memberNamed(const QJsonObject &reply, const QString &username)
{
    for (const QJsonValue &member : reply.value(u"members"_s).toArray()) {
        if (member.toObject().value(u"username"_s).toString() == username)
            return member.toObject();
    }
    return {};
}
} // namespace

using GroupTest = ChatFixture;

TEST_F(GroupTest, AStudentCreatesAGroupAndOthersJoinByItsCode)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device carol = registerUser(u"carol"_s);
    const QJsonObject created = ask(*ada.client, u"group.create"_s, {{u"name"_s, u"  Linear Algebra  "_s}});
    ASSERT_TRUE(isOk(created));
    const QJsonObject group = created.value(u"group"_s).toObject();
    EXPECT_EQ(group.value(u"name"_s).toString(), u"Linear Algebra"_s);
    EXPECT_EQ(group.value(u"owner"_s).toInteger(), ada.userId);
    const QString code = group.value(u"invite_code"_s).toString();
    EXPECT_TRUE(QRegularExpression(u"^[A-HJKMNP-Z2-9]{10}$"_s).match(code).hasMatch()) << code.toStdString();

    // Typed by hand: lower case and stray spaces still find the group.
    const QJsonObject joined = ask(*bob.client, u"group.join"_s, {{u"invite_code"_s, QString(u" "_s + code.toLower() + u" "_s)}});
    ASSERT_TRUE(isOk(joined));
    EXPECT_EQ(joined.value(u"group"_s).toObject(), group);
    // Joining again changes nothing.
    ASSERT_TRUE(isOk(ask(*bob.client, u"group.join"_s, {{u"invite_code"_s, code}})));
    joinGroup(*carol.client, group);
    carol.client.reset(); // carol goes offline

    const QJsonObject members = ask(*bob.client, u"group.members"_s, {{u"group"_s, group.value(u"id"_s)}});
    ASSERT_TRUE(isOk(members));
    EXPECT_EQ(usernames(members), (QStringList{u"ada"_s, u"bob"_s, u"carol"_s}));
    EXPECT_TRUE(memberNamed(members, u"ada"_s).value(u"owner"_s).toBool());
    EXPECT_FALSE(memberNamed(members, u"bob"_s).value(u"owner"_s).toBool());
    EXPECT_TRUE(memberNamed(members, u"ada"_s).value(u"online"_s).toBool());
    EXPECT_EQ(memberNamed(members, u"carol"_s).value(u"user_id"_s).toInteger(), carol.userId);

    const QJsonObject list = ask(*bob.client, u"group.list"_s);
    ASSERT_TRUE(isOk(list));
    const QJsonArray groups = list.value(u"groups"_s).toArray();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups[0].toObject().value(u"name"_s).toString(), u"Linear Algebra"_s);
    EXPECT_EQ(groups[0].toObject().value(u"unread"_s).toInteger(), 0);
}

TEST_F(GroupTest, OnlineMeansSignedInSomewhereRightNow)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject group = createGroup(*ada.client, u"Physics"_s);
    joinGroup(*bob.client, group);
    const QJsonObject fields{{u"group"_s, group.value(u"id"_s)}};
    EXPECT_TRUE(memberNamed(ask(*ada.client, u"group.members"_s, fields), u"bob"_s).value(u"online"_s).toBool());
    ASSERT_TRUE(isOk(ask(*bob.client, u"auth.logout"_s)));
    EXPECT_FALSE(memberNamed(ask(*ada.client, u"group.members"_s, fields), u"bob"_s).value(u"online"_s).toBool());
}

TEST_F(GroupTest, AnUnknownInviteCodeFindsNothing)
{
    start();
    Device ada = registerUser(u"ada"_s);
    EXPECT_TRUE(isError(ask(*ada.client, u"group.join"_s, {{u"invite_code"_s, u"ABCDEFGHJK"_s}}), u"not_found"_s));
    EXPECT_TRUE(isError(ask(*ada.client, u"group.join"_s, {{u"invite_code"_s, u"O0O0O0O0O0"_s}}), u"bad_field"_s));
    EXPECT_TRUE(isOk(ask(*ada.client, u"group.list"_s)));
}

TEST_F(GroupTest, AnOwnerWhoLeavesHandsTheGroupToTheLongestMember)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device carol = registerUser(u"carol"_s);
    const QJsonObject group = createGroup(*ada.client, u"Chemistry"_s);
    joinGroup(*bob.client, group);
    joinGroup(*carol.client, group);
    const QJsonObject fields{{u"group"_s, group.value(u"id"_s)}};

    ASSERT_TRUE(isOk(ask(*ada.client, u"group.leave"_s, fields)));
    EXPECT_TRUE(isError(ask(*ada.client, u"group.members"_s, fields), u"not_found"_s));
    EXPECT_TRUE(ask(*ada.client, u"group.list"_s).value(u"groups"_s).toArray().isEmpty());
    const QJsonObject members = ask(*carol.client, u"group.members"_s, fields);
    EXPECT_EQ(usernames(members), (QStringList{u"bob"_s, u"carol"_s}));
    EXPECT_TRUE(memberNamed(members, u"bob"_s).value(u"owner"_s).toBool());
    // The new owner can now do what only owners may.
    EXPECT_TRUE(isOk(ask(*bob.client, u"group.remove_member"_s, {{u"group"_s, group.value(u"id"_s)}, {u"user"_s, carol.userId}})));

    ASSERT_TRUE(isOk(ask(*bob.client, u"group.leave"_s, fields)));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM study_groups"_s), 0);
    EXPECT_TRUE(isError(ask(*ada.client, u"group.join"_s, {{u"invite_code"_s, group.value(u"invite_code"_s)}}), u"not_found"_s));
}

TEST_F(GroupTest, DeletingAnAccountHandsItsGroupsOnWithTheirChat)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject shared = createGroup(*ada.client, u"Statistics"_s);
    joinGroup(*bob.client, shared);
    const QJsonObject alone = createGroup(*ada.client, u"Ada's notes"_s);
    const qint64 sharedId = shared.value(u"id"_s).toInteger();
    ASSERT_TRUE(isOk(sendChat(*bob.client, sharedId, u"Who has the slides?"_s)));
    ASSERT_TRUE(isOk(sendChat(*ada.client, sharedId, u"I do"_s)));

    ASSERT_TRUE(isOk(ask(*ada.client, u"auth.delete_account"_s, {{u"password"_s, u"correct horse battery"_s}})));

    // Bob keeps the group, now his, and his own messages in it; Ada's went with her account.
    const QJsonObject members = ask(*bob.client, u"group.members"_s, {{u"group"_s, sharedId}});
    EXPECT_EQ(usernames(members), QStringList{u"bob"_s});
    EXPECT_TRUE(memberNamed(members, u"bob"_s).value(u"owner"_s).toBool());
    const QJsonArray history = ask(*bob.client, u"chat.history"_s, {{u"group"_s, sharedId}}).value(u"messages"_s).toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].toObject().value(u"text"_s).toString(), u"Who has the slides?"_s);
    // The group nobody else was in is gone.
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM study_groups WHERE id = %1"_s.arg(alone.value(u"id"_s).toInteger())), 0);
}

TEST_F(GroupTest, OnlyTheOwnerRemovesMembers)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device carol = registerUser(u"carol"_s);
    Device dave = registerUser(u"dave"_s);
    const QJsonObject group = createGroup(*ada.client, u"History"_s);
    joinGroup(*bob.client, group);
    joinGroup(*carol.client, group);
    const QJsonValue id = group.value(u"id"_s);

    EXPECT_TRUE(isError(ask(*bob.client, u"group.remove_member"_s, {{u"group"_s, id}, {u"user"_s, carol.userId}}), u"forbidden"_s));
    EXPECT_TRUE(isError(ask(*ada.client, u"group.remove_member"_s, {{u"group"_s, id}, {u"user"_s, dave.userId}}), u"not_found"_s));
    EXPECT_TRUE(isError(ask(*ada.client, u"group.remove_member"_s, {{u"group"_s, id}, {u"user"_s, ada.userId}}), u"bad_field"_s));
    ASSERT_TRUE(isOk(ask(*ada.client, u"group.remove_member"_s, {{u"group"_s, id}, {u"user"_s, carol.userId}})));

    EXPECT_TRUE(isError(ask(*carol.client, u"group.members"_s, {{u"group"_s, id}}), u"not_found"_s));
    EXPECT_EQ(usernames(ask(*bob.client, u"group.members"_s, {{u"group"_s, id}})), (QStringList{u"ada"_s, u"bob"_s}));
}
