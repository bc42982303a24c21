// sync.push answers only after its transaction committed. Killing the server in the middle of a
// burst of pushes must lose no change it acknowledged, half-store no push, and leave no hole in
// the user's sequence.
#include "SyncFixture.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kPushBurst = 300;
constexpr int kChangesPerPush = 5;
// Acknowledgements to wait for before the kill: enough that several commits are behind us.
constexpr int kPushesAcknowledgedBeforeKill = 20;
const QString kPushingNode = u"00000000000000c3"_s;

using SyncDurabilityTest = SyncFixture;
} // namespace

TEST_F(SyncDurabilityTest, AcknowledgedPushesSurviveASigkillDuringABurst)
{
    QProcessEnvironment environment = serverEnvironment(m_database->url());
    ServerProcess server({}, environment);
    const quint16 port = server.waitUntilListening();
    ASSERT_NE(port, 0) << server.log().toStdString();
    TestClient client(QUrl(u"ws://127.0.0.1:%1/"_s.arg(port)));
    ASSERT_TRUE(isOk(client.request(frame(u"auth.register"_s, {{u"username"_s, u"ada"_s},
                                                               {u"password"_s, u"correct horse battery"_s},
                                                               {u"device_name"_s, u"Laptop"_s}}))));

    // Each push's record ids by its rid; the pushes go out without waiting for any reply.
    QHash<QString, QStringList> pushed;
    QStringList acknowledged; // rids
    QObject::connect(&client.socket(), &QWebSocket::textMessageReceived, &client.socket(), [&](const QString &text) {
        const QJsonObject reply = QJsonDocument::fromJson(text.toUtf8()).object();
        if (reply.value(u"type"_s) == u"ok"_s && pushed.contains(reply.value(u"rid"_s).toString()))
            acknowledged.append(reply.value(u"rid"_s).toString());
    });
    for (int i = 0; i < kPushBurst; ++i) {
        QJsonArray changes;
        QStringList ids;
        for (int j = 0; j < kChangesPerPush; ++j) {
            ids.append(newId());
            changes.append(change(u"course"_s, ids.last(), 1000 + i * kChangesPerPush + j, kPushingNode,
                                  {{u"name"_s, u"Course %1.%2"_s.arg(i).arg(j)}, {u"colour"_s, u"#3366ff"_s}}));
        }
        const QJsonObject request = frame(u"sync.push"_s, {{u"changes"_s, changes}});
        pushed.insert(request.value(u"rid"_s).toString(), ids);
        client.socket().sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    }
    const QDeadlineTimer deadline(kWaitMs);
    while (acknowledged.size() < kPushesAcknowledgedBeforeKill && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ASSERT_GE(acknowledged.size(), kPushesAcknowledgedBeforeKill) << server.log().toStdString();
    ASSERT_TRUE(server.sendSignal(SIGKILL));
    // Whatever was already on its way to the client still counts as acknowledged.
    ASSERT_TRUE(client.waitForDisconnect());
    EXPECT_EQ(server.waitForExit(), -1);
    RecordProperty("acknowledged", int(acknowledged.size()));

    for (const QString &rid : std::as_const(acknowledged)) {
        for (const QString &id : pushed.value(rid)) {
            EXPECT_EQ(scalar(u"SELECT count(*) FROM sync_records WHERE record_id = '%1'"_s.arg(id)), 1)
                << "push " << rid.toStdString() << " was acknowledged, then its change " << id.toStdString()
                << " was lost";
        }
    }
    // Pushes are atomic: a whole number of them was stored, numbered 1..n without a hole.
    const qint64 stored = scalar(u"SELECT count(*) FROM sync_records"_s);
    EXPECT_GE(stored, acknowledged.size() * kChangesPerPush);
    EXPECT_EQ(stored % kChangesPerPush, 0) << "a push was stored in part";
    EXPECT_EQ(scalar(u"SELECT max(seq) FROM sync_records"_s), stored);
    EXPECT_EQ(scalar(u"SELECT last_seq FROM sync_cursors"_s), stored);
}
