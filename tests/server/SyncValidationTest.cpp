#include "SyncFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kNode = u"00000000000000a1"_s;

QJsonObject validChange()
{
    return change(u"course"_s, newId(), 1000, kNode, {{u"name"_s, u"Algebra"_s}});
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}
} // namespace

class SyncValidationTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        server::ServerConfig cfg = syncConfig();
        cfg.sync.maxChangesPerPush = 20;
        cfg.sync.maxFieldsBytes = 1000;
        startServer(cfg);
        m_device = registerUser(u"ada"_s);
    }

    // Pushes a valid change followed by `bad`, expects `code` naming position 1, and checks
    // that nothing of the push was kept and that the connection still serves requests.
    void expectRefused(const QJsonValue &bad, const QString &code)
    {
        const QJsonObject reply = push(*m_device.client, {validChange(), bad});
        EXPECT_TRUE(isError(reply, code)) << text(QJsonObject{{u"change"_s, bad}}).toStdString();
        EXPECT_EQ(reply.value(u"index"_s).toInteger(-1), 1) << dump(reply).toStdString();
        expectNothingStoredAndStillServing();
    }
    void expectNothingStoredAndStillServing()
    {
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_records"_s), 0);
        EXPECT_TRUE(isOk(pull(*m_device.client, 0)));
    }

    Device m_device;
};

TEST_F(SyncValidationTest, MissingAndWrongTypedFieldsOfAChange)
{
    const QJsonObject good = validChange();
    for (const QString &field : {u"entity"_s, u"id"_s, u"hlc"_s, u"deleted"_s, u"fields"_s}) {
        SCOPED_TRACE(field.toStdString());
        expectRefused(with(good, field, QJsonValue::Undefined), u"bad_field"_s);
        expectRefused(with(good, field, QJsonValue::Null), u"bad_field"_s);
        expectRefused(with(good, field, 42), u"bad_field"_s);
    }
    expectRefused(with(good, u"deleted"_s, u"yes"_s), u"bad_field"_s);
    expectRefused(with(good, u"fields"_s, u"{}"_s), u"bad_field"_s);
    expectRefused(with(good, u"fields"_s, QJsonArray{1, 2}), u"bad_field"_s);
    expectRefused(QJsonValue(u"course"_s), u"bad_field"_s);
    expectRefused(QJsonArray{}, u"bad_field"_s);
}

TEST_F(SyncValidationTest, MalformedIdsAndClocks)
{
    const QJsonObject good = validChange();
    const QString id = newId();
    for (const QString &badId : QStringList{QString(), u"course-1"_s, id.toUpper(), u'{' + id + u'}', QString(id).remove(u'-'),
                                 id.left(35) + u'g', id + u'0'}) {
        SCOPED_TRACE(badId.toStdString());
        expectRefused(with(good, u"id"_s, badId), u"bad_field"_s);
    }
    const QString clock = hlc(1000, kNode);
    for (const QString &badHlc : QStringList{QString(), u"1000"_s, clock.toUpper(), clock + u'0', clock.left(36),
                                  QString(clock).replace(0, 1, QChar(0x0661)), QString(clock).replace(16, 1, u'g'),
                                  QString(clock).replace(15, 1, u'_'), u"2024-05-01T10:00:00.000Z"_s}) {
        SCOPED_TRACE(badHlc.toStdString());
        expectRefused(with(good, u"hlc"_s, badHlc), u"bad_field"_s);
    }
    expectRefused(with(good, u"hlc"_s, 1700000000000.0), u"bad_field"_s);
}

TEST_F(SyncValidationTest, EntitiesThatDoNotSync)
{
    const QJsonObject good = validChange();
    for (const QString &entity : {u"card_state"_s, u"chat_message"_s, u"local_node"_s, u"users"_s, u"Course"_s,
                                  u"course; DROP TABLE sync_records"_s, QString()}) {
        SCOPED_TRACE(entity.toStdString());
        expectRefused(with(good, u"entity"_s, entity), u"unknown_entity"_s);
    }
}

TEST_F(SyncValidationTest, OversizedPushesAndChanges)
{
    QJsonArray tooMany;
    for (int i = 0; i < 21; ++i)
        tooMany.append(validChange());
    EXPECT_TRUE(isError(push(*m_device.client, tooMany), u"too_many_changes"_s));
    expectNothingStoredAndStillServing();

    expectRefused(with(validChange(), u"fields"_s, QJsonObject{{u"name"_s, QString(1000, u'x')}}), u"change_too_large"_s);
    // Just under the limit is fine: {"name":"…"} is 11 bytes around the text.
    const QJsonObject fits = with(validChange(), u"fields"_s, QJsonObject{{u"name"_s, QString(989, u'x')}});
    EXPECT_TRUE(isOk(push(*m_device.client, {fits})));
}

TEST_F(SyncValidationTest, TextTheDatabaseCannotHoldIsRefused)
{
    expectRefused(with(validChange(), u"fields"_s, QJsonObject{{u"name"_s, u"a\u0000b"_s}}), u"bad_field"_s);
    expectRefused(with(validChange(), u"fields"_s, QJsonObject{{u"nested"_s, QJsonArray{QJsonObject{{u"x\u0000"_s, 1}}}}}),
                  u"bad_field"_s);
    // A lone surrogate escape is valid JSON text but not a character.
    QString raw = text(frame(u"sync.push"_s, {{u"changes"_s, QJsonArray{validChange()}}}));
    raw.replace(u"Algebra"_s, u"\\ud800"_s);
    const QJsonObject reply = call(*m_device.client, QJsonDocument::fromJson(raw.toUtf8()).object());
    EXPECT_FALSE(isError(reply, u"internal_error"_s)) << dump(reply).toStdString();
    EXPECT_TRUE(isOk(pull(*m_device.client, 0)));
}

TEST_F(SyncValidationTest, PushAndPullFrameFields)
{
    EXPECT_TRUE(isError(call(*m_device.client, frame(u"sync.push"_s)), u"bad_field"_s));
    EXPECT_TRUE(isError(call(*m_device.client, frame(u"sync.push"_s, {{u"changes"_s, validChange()}})), u"bad_field"_s));
    EXPECT_TRUE(isError(call(*m_device.client, frame(u"sync.push"_s, {{u"changes"_s, u"[]"_s}})), u"bad_field"_s));
    const QJsonObject empty = push(*m_device.client, {});
    EXPECT_TRUE(isOk(empty));
    EXPECT_EQ(empty.value(u"seq"_s).toInteger(-1), 0);

    EXPECT_TRUE(isError(call(*m_device.client, frame(u"sync.pull"_s)), u"bad_field"_s));
    for (const QJsonValue &since : {QJsonValue(u"0"_s), QJsonValue(-1), QJsonValue(1.5), QJsonValue(true), QJsonValue(1e300)})
        EXPECT_TRUE(isError(call(*m_device.client, frame(u"sync.pull"_s, {{u"since"_s, since}})), u"bad_field"_s));
    for (const QJsonValue &limit : {QJsonValue(0), QJsonValue(-5), QJsonValue(u"10"_s), QJsonValue(2.5), QJsonValue(QJsonValue::Null)})
        EXPECT_TRUE(isError(call(*m_device.client, frame(u"sync.pull"_s, {{u"since"_s, 0}, {u"limit"_s, limit}})),
                            u"bad_field"_s));
    expectNothingStoredAndStillServing();
}

// Random damage to valid push frames: every one gets exactly one reply, never internal_error,
// and the server goes on serving.
TEST_F(SyncValidationTest, SurvivesDamagedPushFrames)
{
    QRandomGenerator random(20240501);
    const QByteArray original = text(frame(u"sync.push"_s, {{u"changes"_s, QJsonArray{validChange(), validChange()}}})).toUtf8();
    const QByteArray alphabet = R"({}[]:,"\-0123456789abcdefxyz etrunl)";
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = original;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(int(damaged.size()));
            switch (random.bounded(3)) {
            case 0: damaged[at] = alphabet[random.bounded(int(alphabet.size()))]; break;
            case 1: damaged.remove(at, 1 + random.bounded(8)); break;
            default: damaged.insert(at, alphabet[random.bounded(int(alphabet.size()))]); break;
            }
        }
        const QJsonObject reply = m_device.client->request(QString::fromUtf8(damaged));
        const QString type = reply.value(u"type"_s).toString();
        ASSERT_TRUE(type == u"ok"_s || type == u"error"_s) << damaged.toStdString() << " -> " << dump(reply).toStdString();
        ASSERT_NE(reply.value(u"code"_s).toString(), u"internal_error"_s) << damaged.toStdString();
    }
    EXPECT_TRUE(isOk(pull(*m_device.client, 0)));
}
