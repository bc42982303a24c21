#include "protocol/Ping.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::protocol;

TEST(PingTest, RequestIsAPingFrameWithTheRid)
{
    const Frame request = PingReply::request(QStringLiteral("p1"));
    EXPECT_EQ(request.type(), QStringLiteral("ping"));
    EXPECT_EQ(request.rid(), QStringLiteral("p1"));
    EXPECT_EQ(request.version(), kProtocolVersion);
    EXPECT_EQ(request.toText(), QStringLiteral(R"({"rid":"p1","type":"ping","v":1})"));
}

TEST(PingTest, ReplyRoundTripsThroughTheWire)
{
    const PingReply sent{QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC), QStringLiteral("0.1.0")};
    const Frame ok = Frame::makeOk(QStringLiteral("p2"), sent.toResult());
    EXPECT_EQ(ok.json().value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));

    const auto received = Frame::parse(ok.toJson());
    ASSERT_TRUE(received.ok());
    const auto reply = PingReply::fromFrame(received.frame());
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(reply->serverTime, sent.serverTime);
    EXPECT_EQ(reply->serverVersion, QStringLiteral("0.1.0"));
}

TEST(PingTest, AnErrorReplyBecomesTheError)
{
    const Frame error = Frame::makeError(QStringLiteral("p3"), ErrorCode::InternalError, QStringLiteral("down"));
    const auto reply = PingReply::fromFrame(error);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().code, QStringLiteral("internal_error"));
    EXPECT_EQ(reply.error().message, QStringLiteral("down"));
}

TEST(PingTest, AReplyWithoutAUsableTimeIsRejected)
{
    const auto noTime = PingReply::fromFrame(Frame::makeOk(QStringLiteral("p4"), {{QStringLiteral("version"), QStringLiteral("1")}}));
    EXPECT_EQ(noTime.error().code, QStringLiteral("bad_field"));
    const auto badTime = PingReply::fromFrame(
        Frame::makeOk(QStringLiteral("p5"), {{QStringLiteral("time"), QStringLiteral("yesterday")},
                                             {QStringLiteral("version"), QStringLiteral("1")}}));
    EXPECT_EQ(badTime.error().code, QStringLiteral("bad_field"));
    EXPECT_TRUE(badTime.error().message.contains(QStringLiteral("yesterday")));
    const auto notOk = PingReply::fromFrame(Frame::makeRequest(QStringLiteral("ping"), QStringLiteral("p6")));
    EXPECT_EQ(notOk.error().code, QStringLiteral("bad_field"));
}
