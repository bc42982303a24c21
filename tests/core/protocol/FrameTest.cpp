#include "protocol/Frame.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace lectern;
using namespace lectern::protocol;

namespace {
FrameParseResult parse(const char *text)
{
    return Frame::parse(QByteArray(text));
}

std::string codeOf(const FrameParseResult &result)
{
    return result.ok() ? std::string("(parsed)") : result.error().error.code.toStdString();
}

QJsonObject jsonOf(const Frame &frame)
{
    return QJsonDocument::fromJson(frame.toJson()).object();
}
} // namespace

TEST(FrameTest, ParsesAValidRequest)
{
    const auto result = parse(R"({"v":1,"type":"ping","rid":"r-1","extra":{"a":[1,2]}})");
    ASSERT_TRUE(result.ok()) << result.error().error.message.toStdString();
    const Frame &frame = result.frame();
    EXPECT_EQ(frame.version(), 1);
    EXPECT_EQ(frame.type(), QStringLiteral("ping"));
    EXPECT_TRUE(frame.hasRid());
    EXPECT_EQ(frame.rid(), QStringLiteral("r-1"));
    EXPECT_TRUE(frame.contains(u"extra"));
}

TEST(FrameTest, AFrameWithoutRidParses)
{
    // Server-pushed events have no rid; whether a rid is required is the receiver's decision.
    const auto result = parse(R"({"v":1,"type":"chat.message"})");
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result.frame().hasRid());
}

TEST(FrameTest, InvalidJsonIsMalformed)
{
    for (const char *text : {"", "   ", "{", "{\"v\":1,", "{} trailing", "not json at all", "{'v':1}", "\xff\xfe"}) {
        const auto result = parse(text);
        EXPECT_EQ(codeOf(result), "malformed_json") << text;
        if (!result.ok()) {
            EXPECT_TRUE(result.error().rid.isEmpty());
            EXPECT_FALSE(result.error().error.message.isEmpty());
        }
    }
}

TEST(FrameTest, ValidJsonThatIsNotAnObjectIsRejectedAsSuch)
{
    for (const char *text : {"[]", "[1,2]", "1", "\"ping\"", "null", "true", " 3.5 "})
        EXPECT_EQ(codeOf(parse(text)), "not_an_object") << text;
    // Two values are not one JSON document, whatever they look like.
    EXPECT_EQ(codeOf(parse("1,2")), "malformed_json");
    EXPECT_EQ(codeOf(parse("1] [2")), "malformed_json");
}

TEST(FrameTest, VersionIsCheckedAndTheRidStillEchoed)
{
    auto result = parse(R"({"type":"ping","rid":"a"})");
    EXPECT_EQ(codeOf(result), "unsupported_version");
    EXPECT_EQ(result.error().rid, QStringLiteral("a"));

    result = parse(R"({"v":2,"type":"ping","rid":"b"})");
    EXPECT_EQ(codeOf(result), "unsupported_version");
    EXPECT_EQ(result.error().rid, QStringLiteral("b"));
    EXPECT_TRUE(result.error().error.message.contains(QStringLiteral("2")));

    EXPECT_EQ(codeOf(parse(R"({"v":0,"type":"ping"})")), "unsupported_version");
    EXPECT_EQ(codeOf(parse(R"({"v":"1","type":"ping"})")), "bad_field");
    EXPECT_EQ(codeOf(parse(R"({"v":1.5,"type":"ping"})")), "bad_field");
    EXPECT_EQ(codeOf(parse(R"({"v":null,"type":"ping"})")), "bad_field");
    EXPECT_TRUE(parse(R"({"v":1.0,"type":"ping"})").ok());
}

TEST(FrameTest, TypeMustBeANonEmptyString)
{
    auto result = parse(R"({"v":1,"rid":"c"})");
    EXPECT_EQ(codeOf(result), "missing_type");
    EXPECT_EQ(result.error().rid, QStringLiteral("c"));
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":""})")), "missing_type");
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":null})")), "missing_type");
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":42})")), "bad_field");
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":["ping"]})")), "bad_field");
}

TEST(FrameTest, RidMustBeAShortNonEmptyString)
{
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":"ping","rid":7})")), "bad_field");
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":"ping","rid":""})")), "bad_field");
    EXPECT_EQ(codeOf(parse(R"({"v":1,"type":"ping","rid":null})")), "bad_field");
    const QByteArray longRid = QByteArray(kMaxRidLength + 1, 'x');
    const auto tooLong = Frame::parse(QByteArray(R"({"v":1,"type":"ping","rid":")" + longRid + R"("})"));
    EXPECT_EQ(codeOf(tooLong), "bad_field");
    // An unusable rid is never echoed back.
    EXPECT_TRUE(tooLong.error().rid.isEmpty());
    const QByteArray maxRid = QByteArray(kMaxRidLength, 'y');
    EXPECT_TRUE(Frame::parse(QByteArray(R"({"v":1,"type":"ping","rid":")" + maxRid + R"("})")).ok());
}

TEST(FrameTest, DeeplyNestedInputIsAnErrorNotACrash)
{
    const QByteArray deep = R"({"v":1,"type":"ping","x":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    EXPECT_FALSE(Frame::parse(deep).ok());
    EXPECT_FALSE(Frame::parse(QByteArray(100000, '{')).ok());
}

TEST(FrameTest, ParsesUtf8TextFromAQString)
{
    const auto result = Frame::parse(QStringLiteral(R"({"v":1,"type":"ping","rid":"Grüße-✓"})"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.frame().rid(), QStringLiteral("Grüße-✓"));
}

TEST(FrameTest, OkReplyCarriesRidAndResultFields)
{
    const Frame ok = Frame::makeOk(QStringLiteral("r9"), {{QStringLiteral("seq"), 42}});
    EXPECT_EQ(jsonOf(ok), QJsonObject({{QStringLiteral("v"), 1},
                                       {QStringLiteral("type"), QStringLiteral("ok")},
                                       {QStringLiteral("rid"), QStringLiteral("r9")},
                                       {QStringLiteral("seq"), 42}}));
    EXPECT_TRUE(ok.isOk());
    EXPECT_FALSE(ok.isError());
}

TEST(FrameTest, ResultFieldsCannotOverrideTheHeader)
{
    const Frame ok = Frame::makeOk(QStringLiteral("mine"), {{QStringLiteral("v"), 9},
                                                            {QStringLiteral("type"), QStringLiteral("error")},
                                                            {QStringLiteral("rid"), QStringLiteral("theirs")}});
    EXPECT_EQ(ok.version(), 1);
    EXPECT_EQ(ok.type(), QStringLiteral("ok"));
    EXPECT_EQ(ok.rid(), QStringLiteral("mine"));
}

TEST(FrameTest, ErrorReplyHasCodeAndMessage)
{
    const Frame error = Frame::makeError(QStringLiteral("r1"), ErrorCode::UnknownType, QStringLiteral("No such type"));
    EXPECT_EQ(jsonOf(error), QJsonObject({{QStringLiteral("v"), 1},
                                          {QStringLiteral("type"), QStringLiteral("error")},
                                          {QStringLiteral("rid"), QStringLiteral("r1")},
                                          {QStringLiteral("code"), QStringLiteral("unknown_type")},
                                          {QStringLiteral("message"), QStringLiteral("No such type")}}));
    EXPECT_TRUE(error.isError());
    EXPECT_EQ(error.error(), (Error{QStringLiteral("unknown_type"), QStringLiteral("No such type")}));
}

TEST(FrameTest, ErrorReplyWithoutRidOmitsIt)
{
    const auto failed = parse("{oops");
    ASSERT_FALSE(failed.ok());
    const Frame reply = failed.errorReply();
    EXPECT_FALSE(jsonOf(reply).contains(QStringLiteral("rid")));
    EXPECT_EQ(reply.error().code, QStringLiteral("malformed_json"));
}

TEST(FrameTest, BuiltFramesParseBackUnchanged)
{
    const Frame request = Frame::makeRequest(QStringLiteral("sync.pull"), QStringLiteral("q1"),
                                             {{QStringLiteral("since"), 17}});
    const auto parsed = Frame::parse(request.toJson());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.frame(), request);
    EXPECT_EQ(Frame::parse(request.toText()).frame(), request);
}

TEST(FrameTest, TypedFieldsAcceptTheRightTypes)
{
    const auto parsed = parse(R"({"v":1,"type":"t","s":"text","i":-12,"big":9007199254740992,"b":false,)"
                              R"("o":{"k":1},"a":[1]})");
    ASSERT_TRUE(parsed.ok());
    const Frame &f = parsed.frame();
    EXPECT_EQ(*f.stringField(u"s"), QStringLiteral("text"));
    EXPECT_EQ(*f.integerField(u"i"), -12);
    EXPECT_EQ(*f.integerField(u"big"), 9007199254740992LL);
    EXPECT_EQ(*f.boolField(u"b"), false);
    EXPECT_EQ(f.objectField(u"o")->value(QStringLiteral("k")).toInt(), 1);
    EXPECT_EQ(f.arrayField(u"a")->size(), 1);
}

TEST(FrameTest, TypedFieldsRejectWrongTypesNamingTheField)
{
    const auto parsed = parse(R"({"v":1,"type":"sync.pull","s":1,"i":"12","f":1.5,"huge":1e300,"b":"true"})");
    ASSERT_TRUE(parsed.ok());
    const Frame &f = parsed.frame();
    for (const auto &error : {f.stringField(u"s").error(), f.integerField(u"i").error(),
                              f.integerField(u"f").error(), f.integerField(u"huge").error(),
                              f.boolField(u"b").error(), f.objectField(u"s").error(),
                              f.arrayField(u"s").error()}) {
        EXPECT_EQ(error.code, QStringLiteral("bad_field"));
    }
    EXPECT_TRUE(f.integerField(u"f").error().message.contains(QStringLiteral("\"f\"")));
    const Error missing = f.stringField(u"username").error();
    EXPECT_EQ(missing.code, QStringLiteral("bad_field"));
    EXPECT_TRUE(missing.message.contains(QStringLiteral("\"username\""))) << missing.message.toStdString();
    EXPECT_TRUE(missing.message.contains(QStringLiteral("sync.pull")));
}
