#include "ai/ChatCompletion.h"
#include "ai/GroqError.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace lectern;

TEST(ChatCompletion, BuildsTheRequestBodyGroqExpects)
{
    ChatOptions options;
    options.temperature = 0.2;
    options.maxTokens = 300;
    options.jsonMode = true;
    const QJsonObject body = QJsonDocument::fromJson(ChatCompletion::requestBody(
                                                         {ChatMessage::system(QStringLiteral("Answer in JSON.")), ChatMessage::user(QStringLiteral("Hi"))},
                                                         options, true))
                                 .object();
    EXPECT_EQ(body[u"model"].toString(), QStringLiteral("llama-3.3-70b-versatile"));
    EXPECT_EQ(body[u"messages"][1][u"role"].toString(), QStringLiteral("user"));
    EXPECT_EQ(body[u"messages"][0][u"content"].toString(), QStringLiteral("Answer in JSON."));
    EXPECT_DOUBLE_EQ(body[u"temperature"].toDouble(), 0.2);
    EXPECT_EQ(body[u"max_completion_tokens"].toInt(), 300);
    EXPECT_EQ(body[u"response_format"][u"type"].toString(), QStringLiteral("json_object"));
    EXPECT_TRUE(body[u"stream"].toBool());

    const QJsonObject plain = QJsonDocument::fromJson(ChatCompletion::requestBody({ChatMessage::user(QStringLiteral("Hi"))}, {}, false)).object();
    EXPECT_FALSE(plain.contains(QStringLiteral("response_format")));
    EXPECT_FALSE(plain.contains(QStringLiteral("stream")));
    EXPECT_FALSE(plain.contains(QStringLiteral("temperature")));
}

TEST(ChatCompletion, ParsesAnAnswerAndChecksJsonContent)
{
    const QByteArray body = R"({"id":"chatcmpl-1","model":"llama-3.3-70b-versatile",
        "choices":[{"index":0,"message":{"role":"assistant","content":"{\"terms\":[\"ATP\"]}"},"finish_reason":"stop"}],
        "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}})";
    const Result<ChatCompletion> parsed = ChatCompletion::fromJson(body, true);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->json[u"terms"][0].toString(), QStringLiteral("ATP"));
    EXPECT_EQ(parsed->finishReason, QStringLiteral("stop"));
    EXPECT_EQ(parsed->usage, (ChatUsage{10, 5, 15}));

    const Result<QJsonObject> notAnObject = ChatCompletion::parseJsonContent(QStringLiteral("[1, 2]"));
    ASSERT_FALSE(notAnObject.ok());
    EXPECT_EQ(notAnObject.error().code, groq::kBadResponse);
    EXPECT_FALSE(ChatCompletion::parseJsonContent(QStringLiteral("{\"a\": ")).ok());
    EXPECT_FALSE(ChatCompletion::fromJson(R"({"choices":[]})", false).ok());
}
