#include "ChatFixture.h"

#include <QJsonDocument>

namespace lectern::test {

namespace {
using namespace Qt::Literals::StringLiterals;
} // namespace

QJsonObject ChatFixture::ask(TestClient &client, const QString &type, const QJsonObject &fields)
{
    const QJsonObject request = frame(type, fields);
    client.socket().sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    for (;;) {
        const QJsonObject message = client.nextMessage();
        if (message.isEmpty() || message.value(u"rid"_s) == request.value(u"rid"_s))
            return message;
        m_events[&client].append(message);
    }
}

QJsonObject ChatFixture::nextEvent(TestClient &client, const QString &type)
{
    QList<QJsonObject> &kept = m_events[&client];
    const QJsonObject event = kept.isEmpty() ? client.nextMessage() : kept.takeFirst();
    EXPECT_EQ(event.value(u"type"_s).toString(), type) << dump(event).toStdString();
    return event.value(u"type"_s).toString() == type ? event : QJsonObject();
}

QJsonObject ChatFixture::createGroup(TestClient &owner, const QString &name)
{
    const QJsonObject reply = ask(owner, u"group.create"_s, {{u"name"_s, name}});
    EXPECT_TRUE(isOk(reply));
    return reply.value(u"group"_s).toObject();
}

void ChatFixture::joinGroup(TestClient &client, const QJsonObject &group)
{
    EXPECT_TRUE(isOk(ask(client, u"group.join"_s, {{u"invite_code"_s, group.value(u"invite_code"_s)}})));
}

QJsonObject ChatFixture::sendChat(TestClient &client, qint64 groupId, const QString &text, const QString &clientMsgId)
{
    return ask(client, u"chat.send"_s, {{u"group"_s, groupId}, {u"client_msg_id"_s, clientMsgId}, {u"text"_s, text}});
}

} // namespace lectern::test
