// The chat benchmark's "without persistence" configuration (--benchmark-chat-without-storage):
// the same requests and events as ever, nothing written.
#include "ChatFixture.h"

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
class ChatWithoutStorageTest : public ChatFixture
{
protected:
    void startWithoutStorage()
    {
        server::ServerConfig config = syncConfig();
        config.chatWithoutStorage = true;
        startServer(config);
    }
};
} // namespace

TEST_F(ChatWithoutStorageTest, MessagesReachTheConnectedMembersAndNothingIsStored)
{
    startWithoutStorage();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device eve = registerUser(u"eve"_s);
    const QJsonObject group = createGroup(*ada.client, u"Biology"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();

    const QJsonObject first = sendChat(*ada.client, groupId, u"first"_s);
    ASSERT_TRUE(isOk(first));
    const QJsonObject message = first.value(u"message"_s).toObject();
    EXPECT_EQ(message.value(u"seq"_s).toInteger(), 1);
    EXPECT_EQ(message.value(u"sender_name"_s).toString(), u"ada"_s);
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s).toObject(), message);
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s).toObject(), message);
    const QJsonObject second = sendChat(*bob.client, groupId, u"second"_s);
    EXPECT_EQ(second.value(u"message"_s).toObject().value(u"seq"_s).toInteger(), 2);
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s).toObject(),
              second.value(u"message"_s).toObject());

    // Membership is still checked.
    EXPECT_TRUE(isError(sendChat(*eve.client, groupId, u"let me in"_s), u"not_found"_s));
    EXPECT_EQ(scalar(u"SELECT count(*) FROM chat_messages"_s), 0);
    EXPECT_EQ(scalar(u"SELECT last_seq FROM study_groups WHERE id = %1"_s.arg(groupId)), 0);
}

TEST_F(ChatWithoutStorageTest, IsNeverTheDefault)
{
    EXPECT_FALSE(syncConfig().chatWithoutStorage);
    EXPECT_FALSE(server::ServerConfig().chatWithoutStorage);
}
