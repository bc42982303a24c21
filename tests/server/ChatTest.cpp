#include "ChatFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <algorithm>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QList<qint64> seqs(const QJsonObject &history)
{
    QList<qint64> list;
    for (const QJsonValue &message : history.value(u"messages"_s).toArray())
        list.append(message.toObject().value(u"seq"_s).toInteger());
    return list;
}

qint64 unreadIn(const QJsonObject &list, qint64 groupId)
{
    for (const QJsonValue &group : list.value(u"groups"_s).toArray()) {
        if (group.toObject().value(u"id"_s).toInteger() == groupId)
            return group.toObject().value(u"unread"_s).toInteger();
    }
    return -1;
}
} // namespace

using ChatTest = ChatFixture;

TEST_F(ChatTest, AMessageReachesEveryConnectedMemberAndNoOneElse)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device eve = registerUser(u"eve"_s);
    auto bobsPhone = resume(bob.token);
    const QJsonObject group = createGroup(*ada.client, u"Biology"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();

    const QString clientMsgId = newId();
    const QString lectureId = newId();
    const QJsonObject quote{{u"lecture_id"_s, lectureId}, {u"time_ms"_s, 754'200}, {u"text"_s, u"Mitochondria make ATP."_s}};
    const QJsonObject reply = ask(*ada.client, u"chat.send"_s,
                                  {{u"group"_s, groupId}, {u"client_msg_id"_s, clientMsgId},
                                   {u"text"_s, u"Is this on the exam?"_s}, {u"quote"_s, quote}});
    ASSERT_TRUE(isOk(reply));
    EXPECT_FALSE(reply.value(u"duplicate"_s).toBool());
    const QJsonObject message = reply.value(u"message"_s).toObject();
    EXPECT_EQ(message.value(u"seq"_s).toInteger(), 1);
    EXPECT_EQ(message.value(u"group"_s).toInteger(), groupId);
    EXPECT_EQ(message.value(u"sender"_s).toInteger(), ada.userId);
    EXPECT_EQ(message.value(u"sender_name"_s).toString(), u"ada"_s);
    EXPECT_EQ(message.value(u"client_msg_id"_s).toString(), clientMsgId);
    EXPECT_EQ(message.value(u"quote"_s).toObject(), quote);
    EXPECT_FALSE(message.value(u"created_at"_s).toString().isEmpty());

    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s).toObject(), message);
    EXPECT_EQ(nextEvent(*bobsPhone, u"chat.message"_s).value(u"message"_s).toObject(), message);
    // The sender's connection hears it too, so every client shows messages from one path.
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s).toObject(), message);
    // Notifications arrive in commit order, so eve's own later message shows nothing came before it.
    const qint64 evesGroup = createGroup(*eve.client, u"Eve's"_s).value(u"id"_s).toInteger();
    ASSERT_TRUE(isOk(sendChat(*eve.client, evesGroup, u"anyone?"_s)));
    EXPECT_EQ(nextEvent(*eve.client, u"chat.message"_s).value(u"message"_s).toObject().value(u"text"_s).toString(), u"anyone?"_s);
    EXPECT_EQ(ask(*bob.client, u"chat.history"_s, {{u"group"_s, groupId}}).value(u"messages"_s).toArray(),
              QJsonArray{message});
}

TEST_F(ChatTest, ResendingAMessageStoresAndDeliversItOnce)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject group = createGroup(*ada.client, u"Law"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();

    const QString clientMsgId = newId();
    const QJsonObject first = sendChat(*ada.client, groupId, u"See you at 5"_s, clientMsgId);
    ASSERT_TRUE(isOk(first));
    // The reply was lost, say, and the app sends again, even with an edited text.
    const QJsonObject again = sendChat(*ada.client, groupId, u"See you at 6"_s, clientMsgId);
    ASSERT_TRUE(isOk(again));
    EXPECT_TRUE(again.value(u"duplicate"_s).toBool());
    EXPECT_EQ(again.value(u"message"_s).toObject(), first.value(u"message"_s).toObject());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM chat_messages"_s), 1);

    // The same client_msg_id from another user is their own message.
    const QJsonObject bobs = sendChat(*bob.client, groupId, u"OK"_s, clientMsgId);
    ASSERT_TRUE(isOk(bobs));
    EXPECT_FALSE(bobs.value(u"duplicate"_s).toBool());
    EXPECT_EQ(bobs.value(u"message"_s).toObject().value(u"seq"_s).toInteger(), 2);
    // Bob heard ada's message once: the next event is already his own.
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s), first.value(u"message"_s));
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s), bobs.value(u"message"_s));
}

TEST_F(ChatTest, HistoryPagesBackwardsFromTheNewest)
{
    start();
    Device ada = registerUser(u"ada"_s);
    const qint64 groupId = createGroup(*ada.client, u"Art"_s).value(u"id"_s).toInteger();
    for (int i = 1; i <= 7; ++i)
        ASSERT_TRUE(isOk(sendChat(*ada.client, groupId, u"message %1"_s.arg(i))));

    const QJsonObject newest = ask(*ada.client, u"chat.history"_s, {{u"group"_s, groupId}, {u"limit"_s, 3}});
    EXPECT_EQ(seqs(newest), (QList<qint64>{5, 6, 7}));
    EXPECT_TRUE(newest.value(u"more"_s).toBool());
    EXPECT_EQ(newest.value(u"messages"_s).toArray()[0].toObject().value(u"text"_s).toString(), u"message 5"_s);
    const QJsonObject older = ask(*ada.client, u"chat.history"_s, {{u"group"_s, groupId}, {u"before"_s, 5}, {u"limit"_s, 3}});
    EXPECT_EQ(seqs(older), (QList<qint64>{2, 3, 4}));
    EXPECT_TRUE(older.value(u"more"_s).toBool());
    const QJsonObject oldest = ask(*ada.client, u"chat.history"_s, {{u"group"_s, groupId}, {u"before"_s, 2}, {u"limit"_s, 3}});
    EXPECT_EQ(seqs(oldest), (QList<qint64>{1}));
    EXPECT_FALSE(oldest.value(u"more"_s).toBool());
    // A limit above the maximum is clamped, not refused.
    EXPECT_EQ(seqs(ask(*ada.client, u"chat.history"_s, {{u"group"_s, groupId}, {u"limit"_s, 100000}})).size(), 7);
}

TEST_F(ChatTest, UnreadCountsFollowTheReadMarker)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject group = createGroup(*ada.client, u"Music"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(isOk(sendChat(*ada.client, groupId, u"note %1"_s.arg(i))));

    EXPECT_EQ(unreadIn(ask(*bob.client, u"group.list"_s), groupId), 3);
    EXPECT_EQ(unreadIn(ask(*ada.client, u"group.list"_s), groupId), 0); // one's own messages are read
    EXPECT_EQ(ask(*bob.client, u"chat.read"_s, {{u"group"_s, groupId}, {u"up_to"_s, 2}}).value(u"unread"_s).toInteger(), 1);
    // A marker never moves back (an older device catching up).
    EXPECT_EQ(ask(*bob.client, u"chat.read"_s, {{u"group"_s, groupId}, {u"up_to"_s, 1}}).value(u"unread"_s).toInteger(), 1);
    EXPECT_EQ(unreadIn(ask(*bob.client, u"group.list"_s), groupId), 1);
    // Reading past the end stops at the last message, so the next one still counts.
    EXPECT_EQ(ask(*bob.client, u"chat.read"_s, {{u"group"_s, groupId}, {u"up_to"_s, 999}}).value(u"unread"_s).toInteger(), 0);
    ASSERT_TRUE(isOk(sendChat(*ada.client, groupId, u"note 4"_s)));
    EXPECT_EQ(unreadIn(ask(*bob.client, u"group.list"_s), groupId), 1);
}

TEST_F(ChatTest, TypingIsShownToTheOthersAtAMeasuredPace)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject group = createGroup(*ada.client, u"Maths"_s);
    joinGroup(*bob.client, group);
    const QJsonObject fields{{u"group"_s, group.value(u"id"_s)}};

    ASSERT_TRUE(isOk(ask(*bob.client, u"chat.typing"_s, fields)));
    const QJsonObject typing = nextEvent(*ada.client, u"typing"_s);
    EXPECT_EQ(typing.value(u"user"_s).toInteger(), bob.userId);
    EXPECT_EQ(typing.value(u"username"_s).toString(), u"bob"_s);
    EXPECT_EQ(typing.value(u"group"_s), group.value(u"id"_s));

    // Every keystroke may send it; within the interval the extra ones are acknowledged and dropped.
    ASSERT_TRUE(isOk(ask(*bob.client, u"chat.typing"_s, fields)));
    ASSERT_TRUE(isOk(sendChat(*bob.client, group.value(u"id"_s).toInteger(), u"done"_s)));
    nextEvent(*ada.client, u"chat.message"_s); // and no second chat.typing before it
    m_clock.advanceMs(2000);
    ASSERT_TRUE(isOk(ask(*bob.client, u"chat.typing"_s, fields)));
    nextEvent(*ada.client, u"typing"_s);
    // The typist is not told of their own typing: bob's only event is his message.
    nextEvent(*bob.client, u"chat.message"_s);
    ASSERT_TRUE(isOk(sendChat(*bob.client, group.value(u"id"_s).toInteger(), u"again"_s)));
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s).toObject().value(u"text"_s).toString(), u"again"_s);
}

TEST_F(ChatTest, ChatIsRelayedBetweenServerInstances)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QJsonObject group = createGroup(*ada.client, u"Economics"_s);
    joinGroup(*bob.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();

    auto secondServer = std::make_unique<server::LecternServer>(syncConfig(), m_clock);
    const Status started = secondServer->start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    TestClient bobOnB(QUrl(u"ws://127.0.0.1:%1/"_s.arg(secondServer->port())));
    ASSERT_TRUE(isOk(ask(bobOnB, u"auth.resume"_s, {{u"token"_s, bob.token}})));

    const QJsonObject fromA = sendChat(*ada.client, groupId, u"Hello from A"_s);
    ASSERT_TRUE(isOk(fromA));
    EXPECT_EQ(nextEvent(bobOnB, u"chat.message"_s).value(u"message"_s), fromA.value(u"message"_s));
    const QJsonObject fromB = sendChat(bobOnB, groupId, u"Hello from B"_s);
    ASSERT_TRUE(isOk(fromB));
    EXPECT_EQ(fromB.value(u"message"_s).toObject().value(u"seq"_s).toInteger(), 2);
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s), fromA.value(u"message"_s));
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s), fromB.value(u"message"_s));
    // Each instance delivered each message once.
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s), fromA.value(u"message"_s));
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s), fromB.value(u"message"_s));
    const QJsonObject third = sendChat(*ada.client, groupId, u"Third"_s);
    EXPECT_EQ(nextEvent(*bob.client, u"chat.message"_s).value(u"message"_s), third.value(u"message"_s));
    EXPECT_EQ(nextEvent(*ada.client, u"chat.message"_s).value(u"message"_s), third.value(u"message"_s));
    ASSERT_TRUE(isOk(ask(bobOnB, u"chat.typing"_s, {{u"group"_s, groupId}})));
    nextEvent(*ada.client, u"typing"_s);

    QSignalSpy stopped(secondServer.get(), &server::LecternServer::stopped);
    secondServer->shutdown();
    EXPECT_TRUE(secondServer->hasStopped() || stopped.wait(10'000));
}

TEST_F(ChatTest, ABurstFromSeveralMembersIsNumberedWithoutGapsAndDeliveredInOrder)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    Device eve = registerUser(u"eve"_s);
    const QJsonObject group = createGroup(*ada.client, u"Physics"_s);
    joinGroup(*bob.client, group);
    joinGroup(*eve.client, group);
    const qint64 groupId = group.value(u"id"_s).toInteger();

    // Sent back to back without waiting, so they reach the server together and share commits.
    constexpr int kEach = 30;
    const QString resentId = newId();
    for (int i = 0; i < kEach; ++i) {
        for (Device *sender : {&ada, &bob}) {
            sender->client->socket().sendTextMessage(QString::fromUtf8(
                QJsonDocument(frame(u"chat.send"_s, {{u"group"_s, groupId}, {u"client_msg_id"_s, newId()},
                                                     {u"text"_s, u"burst %1"_s.arg(i)}}))
                    .toJson(QJsonDocument::Compact)));
        }
    }
    // One message sent twice in the same burst (a resend before the first reply) is stored once.
    for (int copy = 0; copy < 2; ++copy) {
        ada.client->socket().sendTextMessage(QString::fromUtf8(
            QJsonDocument(frame(u"chat.send"_s, {{u"group"_s, groupId}, {u"client_msg_id"_s, resentId},
                                                 {u"text"_s, u"twice"_s}}))
                .toJson(QJsonDocument::Compact)));
    }
    QList<qint64> acknowledged;
    int duplicates = 0;
    for (Device *sender : {&ada, &bob}) {
        const int replies = sender == &ada ? kEach + 2 : kEach;
        for (int received = 0; received < replies;) {
            const QJsonObject message = sender->client->nextMessage();
            ASSERT_FALSE(message.isEmpty()) << "a reply is missing";
            if (message.value(u"type"_s) == u"chat.message"_s)
                continue;
            ASSERT_TRUE(isOk(message));
            ++received;
            if (message.value(u"duplicate"_s).toBool())
                ++duplicates;
            else
                acknowledged.append(message.value(u"message"_s).toObject().value(u"seq"_s).toInteger());
        }
    }
    EXPECT_EQ(duplicates, 1);
    std::sort(acknowledged.begin(), acknowledged.end());
    QList<qint64> expected;
    for (qint64 seq = 1; seq <= 2 * kEach + 1; ++seq)
        expected.append(seq);
    EXPECT_EQ(acknowledged, expected);
    // A member who sent nothing hears every message once, in seq order.
    for (const qint64 seq : std::as_const(expected))
        EXPECT_EQ(nextEvent(*eve.client, u"chat.message"_s).value(u"message"_s).toObject().value(u"seq"_s).toInteger(), seq);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM chat_messages WHERE group_id = %1"_s.arg(groupId)), 2 * kEach + 1);
}
