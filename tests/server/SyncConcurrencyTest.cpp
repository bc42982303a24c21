#include "SyncFixture.h"

#include "protocol/Sync.h"
#include "server/SyncStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// One server instance's worth of pushes: its own connection, pushing batches back to back.
struct PushWorker
{
    QList<qint64> seqs;
    QStringList errors;

    void run(const server::DatabaseSettings &settings, qint64 userId, int batches, int batchSize, const QString &node)
    {
        const QString name = u"push-worker-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(settings.host);
            db.setPort(settings.port);
            db.setUserName(settings.user);
            db.setPassword(settings.password);
            db.setDatabaseName(settings.databaseName);
            if (!db.open()) {
                errors.append(u"could not connect"_s);
            } else {
                server::SyncStore store(db, std::chrono::seconds(60));
                for (int batch = 0; batch < batches; ++batch) {
                    QList<protocol::SyncChange> changes;
                    for (int i = 0; i < batchSize; ++i)
                        changes.append({u"flashcard"_s, newId(), hlc(1000 + batch, node, i), false,
                                        {{u"front"_s, u"card %1"_s.arg(i)}}});
                    const auto outcome = store.push(userId, changes);
                    if (outcome)
                        seqs.append(outcome->seq);
                    else
                        errors.append(outcome.error().code + u": " + outcome.error().message);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

using SyncConcurrencyTest = SyncFixture;

// Two connections pushing for one user at the same time (as two server instances would) must
// take turns on the user's sequence: no seq handed out twice, none lost.
TEST_F(SyncConcurrencyTest, ConcurrentPushesOfOneUserNeverShareASeq)
{
    start();
    const Device ada = registerUser(u"ada"_s);
    constexpr int kBatches = 40;
    constexpr int kBatchSize = 5;
    PushWorker first;
    PushWorker second;
    const server::DatabaseSettings settings = m_database->settings();
    std::unique_ptr<QThread> one(QThread::create([&] { first.run(settings, ada.userId, kBatches, kBatchSize, u"000000000000000a"_s); }));
    std::unique_ptr<QThread> two(QThread::create([&] { second.run(settings, ada.userId, kBatches, kBatchSize, u"000000000000000b"_s); }));
    one->start();
    two->start();
    ASSERT_TRUE(one->wait(QDeadlineTimer(120'000)));
    ASSERT_TRUE(two->wait(QDeadlineTimer(120'000)));

    EXPECT_TRUE(first.errors.isEmpty()) << first.errors.join(u'\n').toStdString();
    EXPECT_TRUE(second.errors.isEmpty()) << second.errors.join(u'\n').toStdString();
    constexpr int kTotal = 2 * kBatches * kBatchSize;
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_records"_s), kTotal);
    EXPECT_EQ(scalar(u"SELECT COUNT(DISTINCT seq) FROM sync_records"_s), kTotal);
    EXPECT_EQ(scalar(u"SELECT MAX(seq) FROM sync_records"_s), kTotal);
    EXPECT_EQ(scalar(u"SELECT last_seq FROM sync_cursors"_s), kTotal);
    // Each push's reply was the seq its own batch reached, and replies only ever grow.
    for (const PushWorker *worker : {&first, &second}) {
        EXPECT_TRUE(std::is_sorted(worker->seqs.begin(), worker->seqs.end()));
        EXPECT_EQ(worker->seqs.size(), kBatches);
        for (const qint64 seq : worker->seqs)
            EXPECT_EQ(seq % kBatchSize, 0) << seq;
    }
    // And every record comes back in a pull.
    EXPECT_EQ(pullAll(*ada.client).size(), kTotal);
}

// Connections of one user on two server instances sharing the database hear of each other's
// pushes through LISTEN/NOTIFY, each exactly once.
TEST_F(SyncConcurrencyTest, PushesAreAnnouncedToConnectionsOnOtherInstances)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    auto phone = resume(laptop.token);
    auto secondServer = std::make_unique<server::LecternServer>(syncConfig(), m_clock);
    const Status started = secondServer->start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    TestClient tablet(QUrl(u"ws://127.0.0.1:%1/"_s.arg(secondServer->port())));
    ASSERT_TRUE(isOk(tablet.request(frame(u"auth.resume"_s, {{u"token"_s, laptop.token}}))));

    auto expectChanged = [](TestClient &client, qint64 seq) {
        const QJsonObject event = client.nextMessage();
        EXPECT_EQ(event.value(u"type"_s).toString(), u"sync.changed"_s) << dump(event).toStdString();
        EXPECT_EQ(event.value(u"seq"_s).toInteger(), seq) << dump(event).toStdString();
    };
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"course"_s, newId(), 100, u"00000000000000a1"_s, {})})));
    expectChanged(*phone, 1);  // same instance, at commit
    expectChanged(tablet, 1);  // the other instance, through NOTIFY

    ASSERT_TRUE(isOk(push(tablet, {change(u"course"_s, newId(), 200, u"00000000000000b2"_s, {})})));
    // The first instance's own NOTIFY for seq 1 came back to it before this one and was not
    // announced again.
    expectChanged(*laptop.client, 2);
    expectChanged(*phone, 2);
    const QJsonObject ping = tablet.request(frame(u"ping"_s));
    EXPECT_TRUE(ping.contains(u"time"_s)) << dump(ping).toStdString();

    QSignalSpy stopped(secondServer.get(), &server::LecternServer::stopped);
    secondServer->shutdown();
    EXPECT_TRUE(secondServer->hasStopped() || stopped.wait(10'000));
}

// A push that cannot get its user's sequence (another transaction holds it) gives up after the
// lock timeout with an error, instead of stalling the instance, and stores nothing.
TEST_F(SyncConcurrencyTest, APushWaitingTooLongForItsUserGivesUp)
{
    server::ServerConfig cfg = syncConfig();
    cfg.sync.pushLockTimeout = std::chrono::milliseconds(300);
    startServer(cfg);
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    ASSERT_TRUE(isOk(push(*ada.client, {change(u"course"_s, newId(), 100, u"00000000000000a1"_s, {})})));

    const QString name = u"lock-holder-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        const server::DatabaseSettings settings = m_database->settings();
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        holder.setHostName(settings.host);
        holder.setPort(settings.port);
        holder.setUserName(settings.user);
        holder.setPassword(settings.password);
        holder.setDatabaseName(settings.databaseName);
        ASSERT_TRUE(holder.open());
        ASSERT_TRUE(holder.transaction());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(u"SELECT last_seq FROM sync_cursors WHERE user_id = %1 FOR UPDATE"_s.arg(ada.userId)));

        const QJsonObject refused = push(*ada.client, {change(u"course"_s, newId(), 200, u"00000000000000a1"_s, {})});
        EXPECT_TRUE(isError(refused, u"internal_error"_s));
        // Other users are not held up, and the refused push left nothing behind.
        EXPECT_TRUE(isOk(push(*bob.client, {change(u"course"_s, newId(), 100, u"00000000000000b2"_s, {})})));
        holder.rollback();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_EQ(pullAll(*ada.client).size(), 1);
    const QJsonObject retried = push(*ada.client, {change(u"course"_s, newId(), 200, u"00000000000000a1"_s, {})});
    ASSERT_TRUE(isOk(retried));
    EXPECT_EQ(retried.value(u"seq"_s).toInteger(), 2);
}
