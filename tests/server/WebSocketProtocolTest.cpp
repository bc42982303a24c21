#include "ServerFixture.h"

#include "lectern/Version.h"
#include "server/ClientSession.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject ping(const QString &rid)
{
    return {{u"v"_s, 1}, {u"type"_s, u"ping"_s}, {u"rid"_s, rid}};
}

void expectError(const QJsonObject &reply, const QString &code, const QString &rid = {})
{
    EXPECT_EQ(reply.value(u"v"_s).toInt(), 1) << QJsonDocument(reply).toJson().toStdString();
    EXPECT_EQ(reply.value(u"type"_s).toString(), u"error"_s);
    EXPECT_EQ(reply.value(u"code"_s).toString(), code) << reply.value(u"message"_s).toString().toStdString();
    EXPECT_FALSE(reply.value(u"message"_s).toString().isEmpty());
    if (rid.isEmpty()) {
        EXPECT_FALSE(reply.contains(u"rid"_s));
    } else {
        EXPECT_EQ(reply.value(u"rid"_s).toString(), rid);
    }
}

void expectPingOk(TestClient &client, const QString &rid)
{
    const QJsonObject reply = client.request(ping(rid));
    EXPECT_EQ(reply.value(u"type"_s).toString(), u"ok"_s) << QJsonDocument(reply).toJson().toStdString();
    EXPECT_EQ(reply.value(u"rid"_s).toString(), rid);
}
} // namespace

using WebSocketProtocolTest = ServerFixture;

TEST_F(WebSocketProtocolTest, PingIsAnsweredWithServerTimeAndVersion)
{
    m_clock.set(QDateTime(QDate(2025, 3, 14), QTime(15, 9, 26, 535), Qt::UTC));
    startServer();
    TestClient client(webSocketUrl());
    ASSERT_TRUE(client.isConnected());

    const QJsonObject reply = client.request(ping(u"ping-1"_s));
    EXPECT_EQ(reply, QJsonObject({{u"v"_s, 1},
                                  {u"type"_s, u"ok"_s},
                                  {u"rid"_s, u"ping-1"_s},
                                  {u"time"_s, u"2025-03-14T15:09:26.535Z"_s},
                                  {u"version"_s, QString::fromLatin1(kVersion)}}));
    // Each request gets its own reply, matched by rid.
    expectPingOk(client, u"ping-2"_s);
}

TEST_F(WebSocketProtocolTest, MalformedJsonIsAnErrorAndTheConnectionStaysUsable)
{
    startServer();
    TestClient client(webSocketUrl());
    expectError(client.request(u"{\"v\":1,\"type\":\"ping\""_s), u"malformed_json"_s);
    expectError(client.request(u"hello"_s), u"malformed_json"_s);
    expectError(client.request(QString()), u"malformed_json"_s);
    expectPingOk(client, u"after-garbage"_s);
}

TEST_F(WebSocketProtocolTest, UnknownTypeIsAnErrorWithTheRid)
{
    startServer();
    TestClient client(webSocketUrl());
    expectError(client.request(QJsonObject{{u"v"_s, 1}, {u"type"_s, u"sync.teleport"_s}, {u"rid"_s, u"u1"_s}}),
                u"unknown_type"_s, u"u1"_s);
    expectPingOk(client, u"u2"_s);
}

TEST_F(WebSocketProtocolTest, WrongVersionIsAnErrorWithTheRid)
{
    startServer();
    TestClient client(webSocketUrl());
    expectError(client.request(QJsonObject{{u"v"_s, 2}, {u"type"_s, u"ping"_s}, {u"rid"_s, u"w1"_s}}),
                u"unsupported_version"_s, u"w1"_s);
    expectError(client.request(QJsonObject{{u"type"_s, u"ping"_s}, {u"rid"_s, u"w2"_s}}), u"unsupported_version"_s,
                u"w2"_s);
    expectPingOk(client, u"w3"_s);
}

TEST_F(WebSocketProtocolTest, OtherInvalidFramesGetTheirCodes)
{
    startServer();
    TestClient client(webSocketUrl());
    expectError(client.request(u"[1,2,3]"_s), u"not_an_object"_s);
    expectError(client.request(u"42"_s), u"not_an_object"_s);
    expectError(client.request(QJsonObject{{u"v"_s, 1}, {u"rid"_s, u"t1"_s}}), u"missing_type"_s, u"t1"_s);
    expectError(client.request(QJsonObject{{u"v"_s, 1}, {u"type"_s, 7}, {u"rid"_s, u"t2"_s}}), u"bad_field"_s, u"t2"_s);
    expectError(client.request(QJsonObject{{u"v"_s, 1}, {u"type"_s, u"ping"_s}, {u"rid"_s, 5}}), u"bad_field"_s);
    expectError(client.request(QJsonObject{{u"v"_s, 1}, {u"type"_s, u"ping"_s}}), u"missing_rid"_s);
    expectError(client.requestBinary(QByteArray("{\"v\":1,\"type\":\"ping\",\"rid\":\"b\"}")), u"malformed_json"_s);
    expectPingOk(client, u"t3"_s);
}

TEST_F(WebSocketProtocolTest, SurvivesRandomInputWithOneReplyEach)
{
    startServer();
    TestClient client(webSocketUrl());
    QRandomGenerator random(20240501); // fixed seed: a failure can be replayed
    const QString alphabet = u"{}[]\":,0123456789.-eEtruefalsnvypid \\u00e9\u00fc\u2713"_s;
    for (int i = 0; i < 200; ++i) {
        QString text;
        const int length = random.bounded(1, 60);
        for (int c = 0; c < length; ++c)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        const QJsonObject reply = client.request(text);
        ASSERT_FALSE(reply.isEmpty()) << "no reply to: " << text.toStdString();
        EXPECT_EQ(reply.value(u"type"_s).toString(), u"error"_s) << text.toStdString();
    }
    expectPingOk(client, u"still-alive"_s);
}

TEST_F(WebSocketProtocolTest, AnOversizedMessageClosesOnlyThatConnection)
{
    server::ServerConfig config = this->config();
    config.maxFrameBytes = 4096;
    startServer(config);
    TestClient greedy(webSocketUrl());
    TestClient polite(webSocketUrl());
    greedy.socket().sendTextMessage(QString(10000, u'x'));
    ASSERT_TRUE(greedy.waitForDisconnect());
    EXPECT_EQ(greedy.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    expectPingOk(polite, u"unaffected"_s);
}

TEST_F(WebSocketProtocolTest, HandlersMayAnswerLaterAndOnlyOnce)
{
    server::LecternServer &server = startServer();
    // A handler that waits (as a database or worker-thread handler will) and answers twice by mistake.
    server.requests().add(u"test.deferred"_s, [](const protocol::Frame &request, server::ClientSession &,
                                                 const server::RequestRouter::Reply &reply) {
        const QString echo = request.stringField(u"echo").ok() ? *request.stringField(u"echo") : QString();
        QTimer::singleShot(0, [reply, echo] {
            reply(QJsonObject{{u"echo"_s, echo}});
            reply(protocol::protocolError(protocol::ErrorCode::InternalError, u"second answer"_s));
        });
    });
    server.requests().allowUnauthenticated(u"test.deferred"_s);
    TestClient client(webSocketUrl());
    const QJsonObject reply = client.request(
        QJsonObject{{u"v"_s, 1}, {u"type"_s, u"test.deferred"_s}, {u"rid"_s, u"d1"_s}, {u"echo"_s, u"hi"_s}});
    EXPECT_EQ(reply.value(u"type"_s).toString(), u"ok"_s);
    EXPECT_EQ(reply.value(u"rid"_s).toString(), u"d1"_s);
    EXPECT_EQ(reply.value(u"echo"_s).toString(), u"hi"_s);
    // The second answer was dropped: the next message is the reply to the next request.
    expectPingOk(client, u"d2"_s);
}

TEST_F(WebSocketProtocolTest, ShutdownClosesClientsAsGoingAway)
{
    server::LecternServer &server = startServer();
    TestClient client(webSocketUrl());
    expectPingOk(client, u"s1"_s);
    ASSERT_EQ(server.sessionCount(), 1);
    QSignalSpy stopped(&server, &server::LecternServer::stopped);
    server.shutdown();
    ASSERT_TRUE(client.waitForDisconnect());
    EXPECT_EQ(client.socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_TRUE(!stopped.isEmpty() || stopped.wait(10'000));
    EXPECT_FALSE(server.isListening());
}
