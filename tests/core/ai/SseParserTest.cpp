#include "ai/SseParser.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(SseParser, AssemblesEventsHoweverTheBytesAreCut)
{
    const QByteArray stream = ": keep-alive comment\r\n"
                              "data: {\"a\":1}\r\n\r\n"
                              "event: error\n"
                              "data: line one\n"
                              "data: line two\n\n"
                              "data:[DONE]\n\n";
    for (qsizetype piece = 1; piece <= stream.size(); ++piece) {
        SseParser parser;
        QList<SseEvent> events;
        for (qsizetype i = 0; i < stream.size(); i += piece)
            events += parser.feed(stream.mid(i, piece));
        ASSERT_EQ(events.size(), 3) << "pieces of " << piece;
        EXPECT_EQ(events[0].data, "{\"a\":1}");
        EXPECT_TRUE(events[0].event.isEmpty());
        EXPECT_EQ(events[1].event, "error");
        EXPECT_EQ(events[1].data, "line one\nline two");
        EXPECT_EQ(events[2].data, "[DONE]");
    }
}

TEST(SseParser, FinishDeliversAnEventWithoutItsBlankLine)
{
    SseParser parser;
    EXPECT_TRUE(parser.feed("data: tail").isEmpty());
    const QList<SseEvent> events = parser.finish();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, "tail");
}
