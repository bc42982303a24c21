#include "SyncFixture.h"

#include "base/HybridLogicalClock.h"

#include <QJsonDocument>
#include <QUuid>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;
constexpr auto kPassword = "correct horse battery";
} // namespace

server::ServerConfig SyncFixture::syncConfig() const
{
    server::ServerConfig cfg = config();
    // libsodium's minimum cost keeps the suite fast.
    cfg.accounts.hashOpsLimit = 1;
    cfg.accounts.hashMemLimit = 64 * 1024;
    return cfg;
}

SyncFixture::Device SyncFixture::registerUser(const QString &username)
{
    Device device;
    device.client = std::make_unique<TestClient>(webSocketUrl());
    const QJsonObject reply = device.client->request(
        frame(u"auth.register"_s, {{u"username"_s, username},
                                   {u"password"_s, QString::fromLatin1(kPassword)},
                                   {u"device_name"_s, u"Laptop"_s}}));
    EXPECT_TRUE(isOk(reply));
    device.token = reply.value(u"token"_s).toString();
    device.userId = reply.value(u"user_id"_s).toInteger();
    return device;
}

std::unique_ptr<TestClient> SyncFixture::resume(const QString &token)
{
    auto client = std::make_unique<TestClient>(webSocketUrl());
    EXPECT_TRUE(isOk(client->request(frame(u"auth.resume"_s, {{u"token"_s, token}}))));
    return client;
}

QJsonObject SyncFixture::call(TestClient &client, const QJsonObject &request)
{
    client.socket().sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    for (;;) {
        const QJsonObject message = client.nextMessage();
        if (message.isEmpty() || message.value(u"rid"_s) == request.value(u"rid"_s))
            return message;
        EXPECT_EQ(message.value(u"type"_s).toString(), u"sync.changed"_s) << dump(message).toStdString();
    }
}

QJsonObject SyncFixture::push(TestClient &client, const QJsonArray &changes)
{
    return call(client, frame(u"sync.push"_s, {{u"changes"_s, changes}}));
}

QJsonObject SyncFixture::pull(TestClient &client, qint64 since, qint64 limit)
{
    QJsonObject fields{{u"since"_s, since}};
    if (limit > 0)
        fields.insert(u"limit"_s, limit);
    return call(client, frame(u"sync.pull"_s, fields));
}

QJsonArray SyncFixture::pullAll(TestClient &client, qint64 since)
{
    QJsonArray all;
    for (int page = 0; page < 1000; ++page) {
        const QJsonObject reply = pull(client, since);
        EXPECT_TRUE(isOk(reply));
        for (const QJsonValue &item : reply.value(u"changes"_s).toArray())
            all.append(item);
        since = reply.value(u"next"_s).toInteger();
        if (!reply.value(u"more"_s).toBool())
            break;
    }
    return all;
}

qint64 SyncFixture::scalar(const QString &sql)
{
    const auto value = m_database->scalar(sql);
    EXPECT_TRUE(value.ok()) << (value.ok() ? "" : value.error().message.toStdString());
    return value.ok() ? value->toLongLong() : -1;
}

QJsonObject frame(const QString &type, QJsonObject fields)
{
    static int next = 0;
    fields.insert(u"v"_s, 1);
    fields.insert(u"type"_s, type);
    fields.insert(u"rid"_s, u"s%1"_s.arg(++next));
    return fields;
}

QString hlc(qint64 wallMs, const QString &node, int counter)
{
    return HlcTimestamp{wallMs, quint16(counter), node}.toString();
}

QJsonObject change(const QString &entity, const QString &id, qint64 wallMs, const QString &node,
                   const QJsonObject &fields, bool deleted)
{
    return {{u"entity"_s, entity}, {u"id"_s, id}, {u"hlc"_s, hlc(wallMs, node)},
            {u"deleted"_s, deleted}, {u"fields"_s, fields}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString dump(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

::testing::AssertionResult isOk(const QJsonObject &reply)
{
    if (reply.value(u"type"_s).toString() == u"ok"_s)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << dump(reply).toStdString();
}

::testing::AssertionResult isError(const QJsonObject &reply, const QString &code)
{
    if (reply.value(u"type"_s).toString() == u"error"_s && reply.value(u"code"_s).toString() == code
        && !reply.value(u"message"_s).toString().isEmpty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "expected " << code.toStdString() << ", got " << dump(reply).toStdString();
}

} // namespace lectern::test
