// chat.send stores the messages that arrive together in one transaction and answers them after its
// commit. Killing the server in the middle of a burst must not lose a message it acknowledged, nor
// leave a hole in a group's seqs.
#include "SyncFixture.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSignalSpy>

#include <csignal>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kChatBurst = 400;
// Acknowledgements to wait for before the kill: enough that several commits are behind us.
constexpr int kChatsAcknowledgedBeforeKill = 40;

using ChatDurabilityTest = SyncFixture;
} // namespace

TEST_F(ChatDurabilityTest, AcknowledgedMessagesSurviveASigkillDuringABurst)
{
    QProcessEnvironment environment = serverEnvironment(m_database->url());
    ServerProcess server({}, environment);
    const quint16 port = server.waitUntilListening();
    ASSERT_NE(port, 0) << server.log().toStdString();
    TestClient client(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
    ASSERT_TRUE(isOk(client.request(frame(u"auth.register"_s, {{u"username"_s, u"ada"_s},
                                                               {u"password"_s, u"correct horse battery"_s},
                                                               {u"device_name"_s, u"Laptop"_s}}))));
    const QJsonObject created = client.request(frame(u"group.create"_s, {{u"name"_s, u"Burst"_s}}));
    ASSERT_TRUE(isOk(created));
    const qint64 groupId = created.value(u"group"_s).toObject().value(u"id"_s).toInteger();

    // Every reply from here on, as it arrives; the sends go out without waiting for any.
    QHash<QString, QJsonObject> acknowledged; // client_msg_id -> stored message
    QObject::connect(&client.socket(), &QWebSocket::textMessageReceived, &client.socket(), [&](const QString &text) {
        const QJsonObject reply = QJsonDocument::fromJson(text.toUtf8()).object();
        if (reply.value(u"type"_s) == u"ok"_s && reply.contains(u"message"_s)) {
            const QJsonObject message = reply.value(u"message"_s).toObject();
            acknowledged.insert(message.value(u"client_msg_id"_s).toString(), message);
        }
    });
    for (int i = 0; i < kChatBurst; ++i) {
        client.socket().sendTextMessage(QString::fromUtf8(
            QJsonDocument(frame(u"chat.send"_s, {{u"group"_s, groupId}, {u"client_msg_id"_s, newId()},
                                                 {u"text"_s, u"message %1"_s.arg(i)}}))
                .toJson(QJsonDocument::Compact)));
    }
    const QDeadlineTimer deadline(kWaitMs);
    while (acknowledged.size() < kChatsAcknowledgedBeforeKill && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ASSERT_GE(acknowledged.size(), kChatsAcknowledgedBeforeKill) << server.log().toStdString();
    ASSERT_TRUE(server.sendSignal(SIGKILL));
    // Whatever was already on its way to the client still counts as acknowledged.
    ASSERT_TRUE(client.waitForDisconnect());
    EXPECT_EQ(server.waitForExit(), -1);
    RecordProperty("acknowledged", int(acknowledged.size()));

    for (auto message = acknowledged.cbegin(); message != acknowledged.cend(); ++message) {
        EXPECT_EQ(scalar(u"SELECT seq FROM chat_messages WHERE client_msg_id = '%1'"_s.arg(message.key())),
                  message->value(u"seq"_s).toInteger())
            << "acknowledged, then lost: " << dump(*message).toStdString();
    }
    // What was stored is numbered 1..n without a hole, and the group's counter agrees.
    const qint64 stored = scalar(u"SELECT count(*) FROM chat_messages WHERE group_id = %1"_s.arg(groupId));
    EXPECT_GE(stored, acknowledged.size());
    EXPECT_EQ(scalar(u"SELECT max(seq) FROM chat_messages WHERE group_id = %1"_s.arg(groupId)), stored);
    EXPECT_EQ(scalar(u"SELECT last_seq FROM study_groups WHERE id = %1"_s.arg(groupId)), stored);
}
