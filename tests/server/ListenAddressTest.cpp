#include "server/ListenAddress.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::server;
using namespace Qt::Literals::StringLiterals;

TEST(ListenAddressTest, DefaultsToLoopbackOn8420)
{
    const ListenAddress address;
    EXPECT_EQ(address.toString(), u"127.0.0.1:8420"_s);
}

TEST(ListenAddressTest, ParsesIPv4IPv6AndLocalhost)
{
    const auto v4 = ListenAddress::parse(u"0.0.0.0:9000"_s);
    ASSERT_TRUE(v4.ok());
    EXPECT_EQ(v4->host, QHostAddress(QHostAddress::AnyIPv4));
    EXPECT_EQ(v4->port, 9000);

    const auto v6 = ListenAddress::parse(u"[::1]:8421"_s);
    ASSERT_TRUE(v6.ok());
    EXPECT_EQ(v6->host, QHostAddress(QHostAddress::LocalHostIPv6));
    EXPECT_EQ(v6->toString(), u"[::1]:8421"_s);

    const auto local = ListenAddress::parse(u" localhost:0 "_s);
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(local->host, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(local->port, 0);
}

TEST(ListenAddressTest, RejectsWhatIsNotHostColonPort)
{
    for (const QString &text : {u""_s, u"8420"_s, u"127.0.0.1"_s, u"127.0.0.1:"_s, u":8420"_s, u"127.0.0.1:65536"_s,
                                u"127.0.0.1:-1"_s, u"127.0.0.1:http"_s, u"::1:8420"_s, u"[::1]8420"_s,
                                u"example.org:8420"_s, u"300.1.1.1:80"_s}) {
        const auto parsed = ListenAddress::parse(text);
        ASSERT_FALSE(parsed.ok()) << text.toStdString();
        EXPECT_EQ(parsed.error().code, u"invalid_listen_address"_s);
        EXPECT_TRUE(parsed.error().message.contains(u"HOST:PORT"_s)) << parsed.error().message.toStdString();
    }
}
