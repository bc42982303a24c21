#include "ChatFixture.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
bool listedOnline(const QJsonObject &members, qint64 userId)
{
    for (const QJsonValue &member : members.value(u"members"_s).toArray()) {
        if (member.toObject().value(u"user_id"_s).toInteger() == userId)
            return member.toObject().value(u"online"_s).toBool();
    }
    ADD_FAILURE() << "user " << userId << " is not listed";
    return false;
}
} // namespace

class PresenceTest : public ChatFixture
{
protected:
    void expectPresence(TestClient &client, qint64 userId, bool online)
    {
        const QJsonObject event = nextEvent(client, u"presence"_s);
        EXPECT_EQ(event.value(u"user"_s).toInteger(), userId) << dump(event).toStdString();
        EXPECT_EQ(event.value(u"online"_s).toBool(), online) << dump(event).toStdString();
    }
};

TEST_F(PresenceTest, CompanionsHearWhenTheFirstConnectionSignsInAndTheLastOneGoes)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device eve = registerUser(u"eve"_s);
    const QJsonObject group = createGroup(*ada.client, u"Geology"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();

    bob.client.reset();
    expectPresence(*ada.client, bob.userId, false);
    EXPECT_FALSE(listedOnline(ask(*ada.client, u"group.members"_s, {{u"group"_s, groupId}}), bob.userId));

    auto phone = resume(bob.token);
    const QJsonObject online = nextEvent(*ada.client, u"presence"_s);
    EXPECT_EQ(online.value(u"user"_s).toInteger(), bob.userId);
    EXPECT_EQ(online.value(u"username"_s).toString(), u"bob"_s);
    EXPECT_TRUE(online.value(u"online"_s).toBool());
    EXPECT_TRUE(listedOnline(ask(*ada.client, u"group.members"_s, {{u"group"_s, groupId}}), bob.userId));

    // A second connection coming and going changes nothing: the next thing ada hears is a message.
    auto tablet = resume(bob.token);
    tablet.reset();
    ASSERT_TRUE(isOk(sendChat(*phone, groupId, u"on my phone"_s)));
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s).toObject().value(u"text"_s).toString(),
              u"on my phone"_s);

    // Signing out counts as going, like closing.
    ASSERT_TRUE(isOk(ask(*phone, u"auth.logout"_s)));
    expectPresence(*ada.client, bob.userId, false);
    EXPECT_FALSE(listedOnline(ask(*ada.client, u"group.members"_s, {{u"group"_s, groupId}}), bob.userId));

    // Eve shares no group with bob and heard none of it: her first event is her own message.
    const qint64 evesGroup = createGroup(*eve.client, u"Eve's"_s).value(u"id"_s).toInteger();
    const QJsonObject own = sendChat(*eve.client, evesGroup, u"mine"_s);
    EXPECT_EQ(nextEvent(*eve.client, u"chat.message"_s).value(u"message"_s), own.value(u"message"_s));
}

TEST_F(PresenceTest, PresenceIsSharedBetweenServerInstances)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject group = createGroup(*ada.client, u"Astronomy"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();
    bob.client.reset();
    expectPresence(*ada.client, bob.userId, false);

    auto secondServer = std::make_unique<server::LecternServer>(syncConfig(), m_clock);
    const Status started = secondServer->start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    auto bobOnB = std::make_unique<TestClient>(QUrl(u"ws://127.0.0.1:%1/"_s.arg(secondServer->port())));
    ASSERT_TRUE(isOk(ask(*bobOnB, u"auth.resume"_s, {{u"token"_s, bob.token}})));
    expectPresence(*ada.client, bob.userId, true);
    EXPECT_TRUE(listedOnline(ask(*ada.client, u"group.members"_s, {{u"group"_s, groupId}}), bob.userId));
    // And the other way round: ada, connected to the first instance, is online as seen from the second.
    EXPECT_TRUE(listedOnline(ask(*bobOnB, u"group.members"_s, {{u"group"_s, groupId}}), ada.userId));

    bobOnB.reset();
    expectPresence(*ada.client, bob.userId, false);
    QSignalSpy stopped(secondServer.get(), &server::LecternServer::stopped);
    secondServer->shutdown();
    EXPECT_TRUE(secondServer->hasStopped() || stopped.wait(10'000));
}
