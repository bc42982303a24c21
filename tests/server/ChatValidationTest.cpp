#include "ChatFixture.h"

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}
} // namespace

class ChatValidationTest : public ChatFixture
{
protected:
    void SetUp() override
    {
        ChatFixture::SetUp();
        start();
        ada = registerUser(u"ada"_s);
        bob = registerUser(u"bob"_s);
        groupId = createGroup(*ada.client, u"Group"_s).value(u"id"_s).toInteger();
    }

    // The request is refused with `code`, stores nothing, and the connection keeps working.
    void expectRefused(const QString &type, const QJsonObject &fields, const QString &code)
    {
        SCOPED_TRACE(QString(type + u' ' + dump(fields).left(200)).toStdString());
        EXPECT_TRUE(isError(ask(*ada.client, type, fields), code));
        EXPECT_TRUE(isOk(ask(*ada.client, u"ping"_s)));
    }

    QJsonObject validSend() const
    {
        return {{u"group"_s, groupId}, {u"client_msg_id"_s, newId()}, {u"text"_s, u"hello"_s},
                {u"quote"_s, QJsonObject{{u"lecture_id"_s, newId()}, {u"time_ms"_s, 1000}, {u"text"_s, u"line"_s}}}};
    }
    QJsonObject withQuote(const QString &key, const QJsonValue &value) const
    {
        return with(validSend(), u"quote"_s, with(validSend().value(u"quote"_s).toObject(), key, value));
    }

    Device ada, bob;
    qint64 groupId = 0;
};

TEST_F(ChatValidationTest, GroupIdsMustBePositiveExactIntegers)
{
    const QList<QJsonValue> bad = {QJsonValue::Undefined, QJsonValue::Null, u"1"_s, 1.5, 0, -3, 1e17, true,
                                   QJsonObject{}, QJsonArray{}};
    for (const QString &type : {u"group.members"_s, u"group.leave"_s, u"chat.history"_s, u"chat.typing"_s}) {
        for (const QJsonValue &value : bad)
            expectRefused(type, with({}, u"group"_s, value), u"bad_field"_s);
    }
    expectRefused(u"group.remove_member"_s, {{u"group"_s, groupId}, {u"user"_s, u"bob"_s}}, u"bad_field"_s);
    expectRefused(u"group.remove_member"_s, {{u"group"_s, groupId}}, u"bad_field"_s);
    expectRefused(u"chat.read"_s, {{u"group"_s, groupId}}, u"bad_field"_s);
    expectRefused(u"chat.read"_s, {{u"group"_s, groupId}, {u"up_to"_s, -1}}, u"bad_field"_s);
    expectRefused(u"chat.read"_s, {{u"group"_s, groupId}, {u"up_to"_s, u"3"_s}}, u"bad_field"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM group_members"_s), 1);
}

TEST_F(ChatValidationTest, GroupNamesAndInviteCodesAreChecked)
{
    for (const QJsonValue &name : {QJsonValue(QJsonValue::Undefined), QJsonValue(42), QJsonValue(u""_s),
                                   QJsonValue(u"   "_s), QJsonValue(QString(65, u'n')), QJsonValue(u"a\nb"_s)})
        expectRefused(u"group.create"_s, with({}, u"name"_s, name), u"bad_field"_s);
    EXPECT_TRUE(isOk(ask(*ada.client, u"group.create"_s, {{u"name"_s, QString(64, u'n')}})));
    for (const QJsonValue &code : {QJsonValue(QJsonValue::Undefined), QJsonValue(42), QJsonValue(u"SHORT"_s),
                                   QJsonValue(u"ABCDEFGHJKM"_s), QJsonValue(u"ABCDE-GHJK"_s)})
        expectRefused(u"group.join"_s, with({}, u"invite_code"_s, code), u"bad_field"_s);
}

TEST_F(ChatValidationTest, MessagesAreCheckedFieldByField)
{
    const QJsonObject send = validSend();
    expectRefused(u"chat.send"_s, with(send, u"client_msg_id"_s, QJsonValue::Undefined), u"bad_field"_s);
    expectRefused(u"chat.send"_s, with(send, u"client_msg_id"_s, u"not-a-uuid"_s), u"bad_field"_s);
    expectRefused(u"chat.send"_s, with(send, u"client_msg_id"_s, newId().toUpper()), u"bad_field"_s);
    expectRefused(u"chat.send"_s, with(send, u"client_msg_id"_s, 7), u"bad_field"_s);
    for (const QJsonValue &text : {QJsonValue(QJsonValue::Undefined), QJsonValue(42), QJsonValue(u""_s),
                                   QJsonValue(u" \n "_s), QJsonValue(QString(4001, u'x')),
                                   QJsonValue(u"a"_s + QChar(0) + u"b"_s)})
        expectRefused(u"chat.send"_s, with(send, u"text"_s, text), u"bad_field"_s);
    expectRefused(u"chat.send"_s, with(send, u"quote"_s, u"line"_s), u"bad_field"_s);
    expectRefused(u"chat.send"_s, with(send, u"quote"_s, QJsonObject{}), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"lecture_id"_s, u"lecture-1"_s), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"time_ms"_s, -1), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"time_ms"_s, 1.5), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"time_ms"_s, u"1000"_s), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"time_ms"_s, 1e300), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"text"_s, QJsonValue::Undefined), u"bad_field"_s);
    expectRefused(u"chat.send"_s, withQuote(u"text"_s, QString(1001, u'q')), u"bad_field"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM chat_messages"_s), 0);

    // The limits themselves are allowed.
    EXPECT_TRUE(isOk(ask(*ada.client, u"chat.send"_s, with(send, u"text"_s, QString(4000, u'x')))));
    EXPECT_TRUE(isOk(ask(*ada.client, u"chat.send"_s, with(validSend(), u"quote"_s, QJsonValue::Undefined))));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM chat_messages"_s), 2);
}

TEST_F(ChatValidationTest, HistoryBoundsAreChecked)
{
    const QJsonObject history{{u"group"_s, groupId}};
    expectRefused(u"chat.history"_s, with(history, u"before"_s, 0), u"bad_field"_s);
    expectRefused(u"chat.history"_s, with(history, u"before"_s, u"5"_s), u"bad_field"_s);
    expectRefused(u"chat.history"_s, with(history, u"limit"_s, 0), u"bad_field"_s);
    expectRefused(u"chat.history"_s, with(history, u"limit"_s, -1), u"bad_field"_s);
    expectRefused(u"chat.history"_s, with(history, u"limit"_s, u"10"_s), u"bad_field"_s);
}

TEST_F(ChatValidationTest, BrokenFramesGetStableCodesAndTheConnectionCarriesOn)
{
    EXPECT_TRUE(isError(ada.client->request(u"{\"v\":1,\"type\":\"chat.send\",\"rid\":\"r1\",\"text\":"_s), u"malformed_json"_s));
    EXPECT_TRUE(isError(ada.client->request(u"[\"chat.send\"]"_s), u"not_an_object"_s));
    expectRefused(u"chat.delete"_s, {{u"group"_s, groupId}}, u"unknown_type"_s);
    EXPECT_TRUE(isError(ada.client->request(QJsonObject{{u"v"_s, 1}, {u"type"_s, u"chat.send"_s}}), u"missing_rid"_s));
    // Still signed in and still a member after all that.
    EXPECT_TRUE(isOk(sendChat(*ada.client, groupId, u"still here"_s)));
}
