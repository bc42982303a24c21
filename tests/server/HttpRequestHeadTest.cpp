#include "server/HttpRequestHead.h"

#include <gtest/gtest.h>

using namespace lectern;
using namespace lectern::server;

TEST(HttpRequestHeadTest, FindsTheEndOfTheHead)
{
    EXPECT_EQ(HttpRequestHead::endOfHead("GET / HTTP/1.1\r\nHost: x\r\n"), -1);
    EXPECT_EQ(HttpRequestHead::endOfHead("GET / HTTP/1.1\r\n\r\nbody"), 18);
}

TEST(HttpRequestHeadTest, ParsesRequestLineAndHeaders)
{
    const auto head = HttpRequestHead::parse("GET /healthz?x=1 HTTP/1.1\r\nHost: example\r\nX-Thing:  spaced  \r\n\r\n");
    ASSERT_TRUE(head.ok()) << head.error().message.toStdString();
    EXPECT_EQ(head->method, "GET");
    EXPECT_EQ(head->target, "/healthz?x=1");
    EXPECT_EQ(head->path, "/healthz");
    EXPECT_EQ(head->version, "HTTP/1.1");
    EXPECT_EQ(head->header("host"), "example");
    EXPECT_EQ(head->header("x-thing"), "spaced");
    EXPECT_TRUE(head->header("absent").isNull());
    EXPECT_FALSE(head->isWebSocketUpgrade());
}

TEST(HttpRequestHeadTest, RecognisesWebSocketUpgrades)
{
    const auto upgrade = HttpRequestHead::parse(
        "GET / HTTP/1.1\r\nHost: x\r\nUPGRADE: h2c, WebSocket\r\nConnection: keep-alive, Upgrade\r\n\r\n");
    ASSERT_TRUE(upgrade.ok());
    EXPECT_TRUE(upgrade->isWebSocketUpgrade());
    const auto post = HttpRequestHead::parse("POST / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n");
    ASSERT_TRUE(post.ok());
    EXPECT_FALSE(post->isWebSocketUpgrade());
    const auto other = HttpRequestHead::parse("GET / HTTP/1.1\r\nUpgrade: h2c\r\n\r\n");
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->isWebSocketUpgrade());
}

TEST(HttpRequestHeadTest, RejectsMalformedHeads)
{
    for (const char *text : {"\r\n\r\n", "GET\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n",
                             "GET / HTTP/2\r\n\r\n", "GET http://x/ HTTP/1.1\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
                             "GET / HTTP/1.1\r\nNoColon\r\n\r\n", "GET / HTTP/1.1\r\n: empty\r\n\r\n",
                             "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n",
                             "GET / HTTP/1.1\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\nA: b\x01\r\n\r\n",
                             "GET / HTTP/1.1\r\n"}) {
        const auto head = HttpRequestHead::parse(text);
        EXPECT_FALSE(head.ok()) << text;
        if (!head.ok()) {
            EXPECT_EQ(head.error().code, QStringLiteral("bad_request"));
        }
    }
}
