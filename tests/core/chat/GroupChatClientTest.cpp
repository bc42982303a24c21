// Study groups and chat from the client's side, against the real lectern-server (a process, over
// real sockets, on the PostgreSQL cluster scripts/test starts): two students in one group.

#include "ChatServerFixture.h"

#include "chat/ChatMessageModel.h"
#include "chat/GroupChatClient.h"
#include "chat/GroupListModel.h"

#include <QSignalSpy>
#include <QTest>

namespace lectern::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using State = GroupChatClient::State;

constexpr int kWaitMs = 30'000;

bool waitUntil(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, kWaitMs);
}

class GroupChatClientTest : public ChatServerFixture
{
protected:
    void SetUp() override
    {
        ChatServerFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_ada = registerAccount(u"ada"_s);
        m_bob = registerAccount(u"bob"_s);
        // Ada goes through the relay, whose network a test can take away; Bob stays connected.
        m_a = makeClient(m_ada, serverUrl());
        m_b = makeClient(m_bob, directServerUrl());
        ASSERT_TRUE(waitUntil([&] { return m_a->state() == State::Online && m_b->state() == State::Online; }));
    }

    std::unique_ptr<GroupChatClient> makeClient(const Account &account, const QUrl &url)
    {
        ChatTiming timing;
        timing.firstRetry = 50ms;
        timing.maxRetry = 400ms;
        auto client = std::make_unique<GroupChatClient>(timing);
        client->start(url, account.token);
        return client;
    }

    // Ada's group "Geology", which Bob joined with its invite code; its id.
    qint64 makeSharedGroup()
    {
        QSignalSpy created(m_a.get(), &GroupChatClient::groupCreated);
        m_a->createGroup(u"Geology"_s);
        if (!created.wait(kWaitMs))
            return 0;
        const auto group = created.first().first().value<ChatGroup>();
        QSignalSpy joined(m_b.get(), &GroupChatClient::groupJoined);
        // Codes are read aloud and typed by hand: case and spaces do not matter.
        m_b->joinGroup(u"  "_s + group.inviteCode.toLower() + u" "_s);
        if (!joined.wait(kWaitMs))
            return 0;
        EXPECT_EQ(joined.first().first().value<ChatGroup>().name, u"Geology"_s);
        return group.id;
    }

    Account m_ada;
    Account m_bob;
    std::unique_ptr<GroupChatClient> m_a;
    std::unique_ptr<GroupChatClient> m_b;
};

TEST_F(GroupChatClientTest, AMessageIsPendingUntilStoredAndCountsAsUnreadForTheOthers)
{
    const qint64 group = makeSharedGroup();
    ASSERT_NE(group, 0);
    EXPECT_EQ(m_a->username(), u"ada"_s);
    ChatMessageModel adaView(m_a.get(), group);
    ASSERT_TRUE(waitUntil([&] { return !adaView.isLoading(); }));
    QSignalSpy received(m_b.get(), &GroupChatClient::messageReceived);

    m_a->sendMessage(group, u"Who has the notes on plate tectonics?"_s);
    ASSERT_EQ(adaView.rowCount(), 1);
    EXPECT_TRUE(adaView.index(0).data(ChatMessageModel::PendingRole).toBool());
    ASSERT_TRUE(waitUntil([&] { return !adaView.index(0).data(ChatMessageModel::PendingRole).toBool(); }));
    EXPECT_EQ(adaView.rowCount(), 1) << "the acknowledgement and the event are one message";
    EXPECT_EQ(adaView.index(0).data(ChatMessageModel::SeqRole).toLongLong(), 1);

    ASSERT_TRUE(waitUntil([&] { return received.size() == 1; }));
    const auto message = received.first().first().value<GroupMessage>();
    EXPECT_EQ(message.text, u"Who has the notes on plate tectonics?"_s);
    EXPECT_EQ(message.senderName, u"ada"_s);
    GroupListModel *bobsGroups = m_b->groups();
    EXPECT_EQ(bobsGroups->group(group)->unread, 1);
    EXPECT_EQ(bobsGroups->totalUnread(), 1);
    EXPECT_EQ(m_a->groups()->group(group)->unread, 0) << "one's own messages are never unread";

    QSignalSpy total(bobsGroups, &GroupListModel::totalUnreadChanged);
    m_b->markRead(group, message.seq);
    ASSERT_TRUE(total.wait(kWaitMs));
    EXPECT_EQ(bobsGroups->totalUnread(), 0);

    // The read marker is the server's: a restarted client still sees nothing unread.
    auto again = makeClient(m_bob, directServerUrl());
    ASSERT_TRUE(waitUntil([&] { return again->groups()->rowCount() == 1; }));
    EXPECT_EQ(again->groups()->group(group)->unread, 0);
}

TEST_F(GroupChatClientTest, ScrollingBackLoadsOlderPagesUntilTheFirstMessage)
{
    const qint64 group = makeSharedGroup();
    ASSERT_NE(group, 0);
    for (int i = 1; i <= 60; ++i)
        m_a->sendMessage(group, u"message %1"_s.arg(i));
    ASSERT_TRUE(waitUntil([&] { return m_a->pendingMessages(group).isEmpty(); }));

    ChatMessageModel bobsView(m_b.get(), group);
    QSignalSpy latest(&bobsView, &ChatMessageModel::latestLoaded);
    ASSERT_TRUE(latest.wait(kWaitMs));
    ASSERT_EQ(bobsView.rowCount(), 50);
    EXPECT_EQ(bobsView.index(0).data().toString(), u"message 11"_s);
    EXPECT_EQ(bobsView.index(49).data().toString(), u"message 60"_s);
    EXPECT_TRUE(bobsView.hasOlder());

    QSignalSpy older(&bobsView, &ChatMessageModel::olderLoaded);
    bobsView.loadOlder();
    ASSERT_TRUE(older.wait(kWaitMs));
    EXPECT_EQ(older.first().first().toInt(), 10);
    ASSERT_EQ(bobsView.rowCount(), 60);
    EXPECT_EQ(bobsView.index(0).data().toString(), u"message 1"_s);
    EXPECT_FALSE(bobsView.hasOlder());
}

TEST_F(GroupChatClientTest, AMessageTypedOfflineIsSentOnceWhenTheConnectionIsBack)
{
    const qint64 group = makeSharedGroup();
    ASSERT_NE(group, 0);
    m_relay->setOffline(true);
    ASSERT_TRUE(waitUntil([&] { return m_a->state() == State::Waiting && m_a->stateText().startsWith(u"Reconnecting"_s); }))
        << m_a->stateText().toStdString();
    m_a->sendMessage(group, u"sent from the train"_s);
    EXPECT_EQ(m_a->pendingMessages(group).size(), 1);

    QSignalSpy received(m_b.get(), &GroupChatClient::messageReceived);
    m_relay->setOffline(false);
    ASSERT_TRUE(waitUntil([&] { return m_a->pendingMessages(group).isEmpty(); }));
    ASSERT_TRUE(waitUntil([&] { return received.size() == 1; }));
    EXPECT_EQ(received.first().first().value<GroupMessage>().text, u"sent from the train"_s);

    ChatMessageModel history(m_b.get(), group);
    QSignalSpy latest(&history, &ChatMessageModel::latestLoaded);
    ASSERT_TRUE(latest.wait(kWaitMs));
    EXPECT_EQ(history.rowCount(), 1) << "stored once";
}

TEST_F(GroupChatClientTest, MembersShowWhoIsOnlineAndTypingReachesTheOthers)
{
    const qint64 group = makeSharedGroup();
    ASSERT_NE(group, 0);
    QSignalSpy members(m_a.get(), &GroupChatClient::membersChanged);
    m_a->loadMembers(group);
    ASSERT_TRUE(members.wait(kWaitMs));
    const auto online = [&](qint64 userId) {
        for (const ChatMember &member : m_a->members(group)) {
            if (member.userId == userId)
                return member.online;
        }
        return false;
    };
    ASSERT_EQ(m_a->members(group).size(), 2);
    EXPECT_TRUE(m_a->members(group).first().owner);
    EXPECT_TRUE(online(m_bob.userId));

    QSignalSpy typing(m_a.get(), &GroupChatClient::typing);
    m_b->sendTyping(group);
    ASSERT_TRUE(typing.wait(kWaitMs));
    EXPECT_EQ(typing.first().at(0).toLongLong(), group);
    EXPECT_EQ(typing.first().at(2).toString(), u"bob"_s);

    m_b->stop();
    ASSERT_TRUE(waitUntil([&] { return !online(m_bob.userId); }));
    m_b->start(directServerUrl(), m_bob.token);
    ASSERT_TRUE(waitUntil([&] { return online(m_bob.userId); }));
}

TEST_F(GroupChatClientTest, RefusalsAreExplainedToTheStudent)
{
    const qint64 group = makeSharedGroup();
    ASSERT_NE(group, 0);
    QSignalSpy failed(m_b.get(), &GroupChatClient::requestFailed);
    m_b->joinGroup(u"ZZZZZZZZZZ"_s);
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_TRUE(failed.last().first().toString().contains(u"No group has the invite code ZZZZZZZZZZ"_s))
        << failed.last().first().toString().toStdString();

    m_b->removeMember(group, m_ada.userId);
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_EQ(failed.last().first().toString(), u"Only the group's owner can do that."_s);

    QSignalSpy left(m_b.get(), &GroupChatClient::groupLeft);
    m_b->leaveGroup(group);
    ASSERT_TRUE(left.wait(kWaitMs));
    EXPECT_EQ(m_b->groups()->rowCount(), 0);

    GroupChatClient stranger;
    stranger.start(serverUrl(), u"not-a-token-the-server-ever-issued-000000000"_s);
    ASSERT_TRUE(waitUntil([&] { return stranger.state() == State::Refused; }));
    EXPECT_TRUE(stranger.stateText().contains(u"sign in again"_s)) << stranger.stateText().toStdString();
}

} // namespace
} // namespace lectern::test
