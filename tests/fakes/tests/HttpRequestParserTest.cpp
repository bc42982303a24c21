#include "HttpRequestParser.h"

#include <gtest/gtest.h>

using namespace lectern::fake;

TEST(HttpRequestParser, ReadsAContentLengthBodyThatArrivesInPieces)
{
    HttpRequestParser parser;
    QByteArray buffer = "POST /openai/v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Len";
    parser.feed(buffer);
    EXPECT_FALSE(parser.headersComplete());
    buffer += "gth: 11\r\n\r\n{\"a\":";
    parser.feed(buffer);
    EXPECT_TRUE(parser.headersComplete());
    EXPECT_FALSE(parser.isComplete());
    buffer += "\"bcd\"}";
    parser.feed(buffer);
    ASSERT_TRUE(parser.isComplete());
    const HttpRequest request = parser.take();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path(), QStringLiteral("/openai/v1/chat/completions"));
    EXPECT_EQ(request.header("content-type"), "application/json");
    EXPECT_EQ(request.body, "{\"a\":\"bcd\"}");
    EXPECT_TRUE(request.keepAlive());
    EXPECT_TRUE(buffer.isEmpty());
}

TEST(HttpRequestParser, DecodesAChunkedBodyWithExtensionsAndTrailers)
{
    HttpRequestParser parser;
    QByteArray buffer = "POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5;name=value\r\nhello\r\n"
                        "7\r\n, world\r\n"
                        "0\r\nX-Checksum: 1\r\n\r\n";
    parser.feed(buffer);
    ASSERT_TRUE(parser.isComplete());
    EXPECT_EQ(parser.request().body, "hello, world");
    EXPECT_EQ(parser.request().bodySize, 12);
}

TEST(HttpRequestParser, LeavesAPipelinedSecondRequestInTheBuffer)
{
    HttpRequestParser parser;
    QByteArray buffer = "GET /a HTTP/1.1\r\n\r\nGET /b?x=1 HTTP/1.1\r\nConnection: close\r\n\r\n";
    parser.feed(buffer);
    ASSERT_TRUE(parser.isComplete());
    EXPECT_EQ(parser.take().path(), QStringLiteral("/a"));
    parser.feed(buffer);
    ASSERT_TRUE(parser.isComplete());
    const HttpRequest second = parser.take();
    EXPECT_EQ(second.path(), QStringLiteral("/b"));
    EXPECT_EQ(second.target, "/b?x=1");
    EXPECT_FALSE(second.keepAlive());
}

TEST(HttpRequestParser, CountsButDoesNotKeepABodyOverTheLimit)
{
    HttpRequestParser parser(4);
    QByteArray buffer = "POST /u HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789";
    parser.feed(buffer);
    ASSERT_TRUE(parser.isComplete());
    EXPECT_EQ(parser.request().body, "0123");
    EXPECT_EQ(parser.request().bodySize, 10);
    EXPECT_TRUE(parser.request().bodyTruncated());
}

TEST(HttpRequestParser, RejectsMalformedRequests)
{
    {
        HttpRequestParser parser;
        QByteArray buffer = "NONSENSE\r\n\r\n";
        parser.feed(buffer);
        EXPECT_TRUE(parser.hasFailed());
        EXPECT_EQ(parser.failureStatus(), 400);
    }
    {
        HttpRequestParser parser;
        QByteArray buffer = "POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n";
        parser.feed(buffer);
        EXPECT_EQ(parser.failureStatus(), 400);
    }
    {
        HttpRequestParser parser;
        QByteArray buffer = "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n";
        parser.feed(buffer);
        EXPECT_EQ(parser.failureStatus(), 501);
    }
    {
        HttpRequestParser parser;
        QByteArray buffer = "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a');
        parser.feed(buffer);
        EXPECT_EQ(parser.failureStatus(), 431);
    }
}
