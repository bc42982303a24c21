#include "SyncFixture.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLaptop = u"00000000000000a1"_s;
const QString kPhone = u"00000000000000b2"_s;

// The pulled records by "entity/id", so two devices' views can be compared whatever their order.
std::map<QString, QJsonObject> byRecord(const QJsonArray &changes)
{
    std::map<QString, QJsonObject> records;
    for (const QJsonValue &item : changes) {
        QJsonObject record = item.toObject();
        const QString key = record.value(u"entity"_s).toString() + u'/' + record.value(u"id"_s).toString();
        record.remove(u"seq"_s);
        records[key] = record;
    }
    return records;
}

QJsonObject recordOf(const QJsonArray &changes, const QString &id)
{
    for (const QJsonValue &item : changes) {
        if (item.toObject().value(u"id"_s).toString() == id)
            return item.toObject();
    }
    return {};
}

bool isPingReply(const QJsonObject &message)
{
    return message.value(u"type"_s).toString() == u"ok"_s && message.contains(u"time"_s);
}
} // namespace

using SyncTest = SyncFixture;

TEST_F(SyncTest, PushedChangesComeBackInSeqOrderOnAnotherDevice)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    const QString course = newId();
    const QString lecture = newId();
    const QJsonArray changes{
        change(u"course"_s, course, 1000, kLaptop, {{u"name"_s, u"Linear algebra"_s}, {u"colour"_s, u"#3366ff"_s}}),
        change(u"lecture"_s, lecture, 1001, kLaptop,
               {{u"course_id"_s, course}, {u"title"_s, u"Eigenvalues"_s}, {u"duration_ms"_s, 5'400'000},
                {u"audio_sha256"_s, QString(64, u'a')}}),
        change(u"transcript_segment"_s, newId(), 1002, kLaptop,
               {{u"lecture_id"_s, lecture}, {u"start_ms"_s, 0}, {u"end_ms"_s, 4200}, {u"text"_s, u"Grüß Gott, ∑ λ"_s}}),
        change(u"setting"_s, newId(), 1003, kLaptop, {{u"key"_s, u"theme"_s}, {u"value"_s, u"dark"_s}}),
    };
    const QJsonObject pushed = push(*laptop.client, changes);
    ASSERT_TRUE(isOk(pushed));
    EXPECT_EQ(pushed.value(u"seq"_s).toInteger(), 4);
    EXPECT_EQ(pushed.value(u"applied"_s).toInteger(), 4);

    auto phone = resume(laptop.token);
    const QJsonObject page = pull(*phone, 0);
    ASSERT_TRUE(isOk(page));
    EXPECT_FALSE(page.value(u"more"_s).toBool());
    EXPECT_EQ(page.value(u"next"_s).toInteger(), 4);
    const QJsonArray pulled = page.value(u"changes"_s).toArray();
    ASSERT_EQ(pulled.size(), 4);
    for (qsizetype i = 0; i < pulled.size(); ++i) {
        QJsonObject record = pulled[i].toObject();
        EXPECT_EQ(record.take(u"seq"_s).toInteger(), i + 1);
        EXPECT_EQ(record, changes[i].toObject()) << dump(record).toStdString();
    }
    // Nothing after the last seq.
    const QJsonObject empty = pull(*phone, 4);
    ASSERT_TRUE(isOk(empty));
    EXPECT_TRUE(empty.value(u"changes"_s).toArray().isEmpty());
    EXPECT_FALSE(empty.value(u"more"_s).toBool());
    EXPECT_EQ(empty.value(u"next"_s).toInteger(), 4);
}

TEST_F(SyncTest, TwoDevicesEditingOfflineConvergeWhicheverPushesFirst)
{
    start();
    for (const bool laptopFirst : {true, false}) {
        SCOPED_TRACE(laptopFirst ? "laptop pushes first" : "phone pushes first");
        Device laptop = registerUser(laptopFirst ? u"first.laptop"_s : u"first.phone"_s);
        auto phone = resume(laptop.token);
        const QString course = newId();
        const QString setting = newId();
        ASSERT_TRUE(isOk(push(*laptop.client, {change(u"course"_s, course, 100, kLaptop, {{u"name"_s, u"Physics"_s}})})));
        ASSERT_EQ(pullAll(*phone).size(), 1);

        // Offline on both: the phone renames the course later than the laptop does; the laptop
        // changes the setting later than the phone; each adds a record of its own.
        const QString laptopNote = newId();
        const QString phoneCard = newId();
        const QJsonArray laptopChanges{
            change(u"course"_s, course, 200, kLaptop, {{u"name"_s, u"Physics I"_s}}),
            change(u"setting"_s, setting, 500, kLaptop, {{u"key"_s, u"daily_goal"_s}, {u"value"_s, u"30"_s}}),
            change(u"note"_s, laptopNote, 210, kLaptop, {{u"markdown"_s, u"# Forces"_s}}),
        };
        const QJsonArray phoneChanges{
            change(u"course"_s, course, 300, kPhone, {{u"name"_s, u"Physics 1"_s}}),
            change(u"setting"_s, setting, 400, kPhone, {{u"key"_s, u"daily_goal"_s}, {u"value"_s, u"20"_s}}),
            change(u"flashcard"_s, phoneCard, 310, kPhone, {{u"front"_s, u"F = ?"_s}, {u"back"_s, u"m·a"_s}}),
        };
        if (laptopFirst) {
            ASSERT_TRUE(isOk(push(*laptop.client, laptopChanges)));
            ASSERT_TRUE(isOk(push(*phone, phoneChanges)));
        } else {
            ASSERT_TRUE(isOk(push(*phone, phoneChanges)));
            ASSERT_TRUE(isOk(push(*laptop.client, laptopChanges)));
        }

        const QJsonArray laptopView = pullAll(*laptop.client);
        const QJsonArray phoneView = pullAll(*phone);
        EXPECT_EQ(byRecord(laptopView), byRecord(phoneView));
        ASSERT_EQ(laptopView.size(), 4); // course, setting, note, card: nothing lost
        EXPECT_EQ(recordOf(laptopView, course).value(u"fields"_s)[u"name"_s].toString(), u"Physics 1"_s);
        EXPECT_EQ(recordOf(laptopView, course).value(u"hlc"_s).toString(), hlc(300, kPhone));
        EXPECT_EQ(recordOf(laptopView, setting).value(u"fields"_s)[u"value"_s].toString(), u"30"_s);
        EXPECT_EQ(recordOf(laptopView, laptopNote).value(u"fields"_s)[u"markdown"_s].toString(), u"# Forces"_s);
        EXPECT_EQ(recordOf(laptopView, phoneCard).value(u"fields"_s)[u"back"_s].toString(), u"m·a"_s);
    }
}

TEST_F(SyncTest, AnEqualOrOlderClockIsAcknowledgedButChangesNothing)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    const QString id = newId();
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"course"_s, id, 500, kLaptop, {{u"name"_s, u"Kept"_s}})})));
    const QJsonObject same = push(*laptop.client, {change(u"course"_s, id, 500, kLaptop, {{u"name"_s, u"Same clock"_s}})});
    ASSERT_TRUE(isOk(same));
    EXPECT_EQ(same.value(u"applied"_s).toInteger(), 0);
    EXPECT_EQ(same.value(u"seq"_s).toInteger(), 1);
    const QJsonObject older = push(*laptop.client, {change(u"course"_s, id, 499, kPhone, {{u"name"_s, u"Older"_s}})});
    ASSERT_TRUE(isOk(older));
    EXPECT_EQ(older.value(u"applied"_s).toInteger(), 0);
    const QJsonArray view = pullAll(*laptop.client);
    ASSERT_EQ(view.size(), 1);
    EXPECT_EQ(view[0].toObject().value(u"fields"_s)[u"name"_s].toString(), u"Kept"_s);
}

TEST_F(SyncTest, ReplayingAPushStoresNothingNew)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    QJsonArray changes;
    for (int i = 0; i < 5; ++i)
        changes.append(change(u"study_item"_s, newId(), 1000 + i, kLaptop, {{u"kind"_s, u"key_term"_s}, {u"position"_s, i}}));
    changes.append(change(u"review_log"_s, newId(), 2000, kLaptop, {{u"rating"_s, 3}}));
    const QJsonObject first = push(*laptop.client, changes);
    ASSERT_TRUE(isOk(first));
    EXPECT_EQ(first.value(u"seq"_s).toInteger(), 6);
    const QJsonArray before = pullAll(*laptop.client);

    // The reply was lost, say, and the client sends the same push again, twice.
    for (int replay = 0; replay < 2; ++replay) {
        const QJsonObject again = push(*laptop.client, changes);
        ASSERT_TRUE(isOk(again));
        EXPECT_EQ(again.value(u"seq"_s).toInteger(), 6);
        EXPECT_EQ(again.value(u"applied"_s).toInteger(), 0);
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_records"_s), 6);
    EXPECT_EQ(scalar(u"SELECT MAX(seq) FROM sync_records"_s), 6);
    EXPECT_EQ(scalar(u"SELECT last_seq FROM sync_cursors"_s), 6);
    EXPECT_EQ(pullAll(*laptop.client), before);
}

TEST_F(SyncTest, ReviewLogsOfTwoDevicesMergeByUnion)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    auto phone = resume(laptop.token);
    const QString card = newId();
    const QString onLaptop = newId();
    const QString onBoth = newId();
    const QString onPhone = newId();
    ASSERT_TRUE(isOk(push(*laptop.client, {
        change(u"review_log"_s, onLaptop, 100, kLaptop, {{u"card_id"_s, card}, {u"rating"_s, 3}}),
        change(u"review_log"_s, onBoth, 200, kLaptop, {{u"card_id"_s, card}, {u"rating"_s, 4}}),
    })));
    // The phone sends the shared review again (with a later clock) and one of its own.
    const QJsonObject phonePush = push(*phone, {
        change(u"review_log"_s, onBoth, 900, kPhone, {{u"card_id"_s, card}, {u"rating"_s, 1}}),
        change(u"review_log"_s, onPhone, 300, kPhone, {{u"card_id"_s, card}, {u"rating"_s, 2}}),
    });
    ASSERT_TRUE(isOk(phonePush));
    EXPECT_EQ(phonePush.value(u"applied"_s).toInteger(), 1);

    const QJsonArray view = pullAll(*phone);
    ASSERT_EQ(view.size(), 3);
    EXPECT_EQ(byRecord(view), byRecord(pullAll(*laptop.client)));
    EXPECT_EQ(recordOf(view, onLaptop).value(u"fields"_s)[u"rating"_s].toInt(), 3);
    EXPECT_EQ(recordOf(view, onBoth).value(u"fields"_s)[u"rating"_s].toInt(), 4);
    EXPECT_EQ(recordOf(view, onPhone).value(u"fields"_s)[u"rating"_s].toInt(), 2);
}

TEST_F(SyncTest, AWithdrawnReviewStaysWithdrawnOnEveryDevice)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    auto phone = resume(laptop.token);
    const QString review = newId();
    const QJsonObject fields{{u"card_id"_s, newId()}, {u"rating"_s, 1}};
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"review_log"_s, review, 100, kLaptop, fields)})));
    ASSERT_EQ(pullAll(*phone).size(), 1);
    // The laptop takes the answer back (undo).
    const QJsonObject withdrawn = push(*laptop.client, {change(u"review_log"_s, review, 150, kLaptop, fields, true)});
    ASSERT_TRUE(isOk(withdrawn));
    EXPECT_EQ(withdrawn.value(u"applied"_s).toInteger(), 1);
    // The phone, not having pulled yet, pushes the review again with a later clock: still withdrawn.
    const QJsonObject stale = push(*phone, {change(u"review_log"_s, review, 900, kPhone, {{u"rating"_s, 4}})});
    ASSERT_TRUE(isOk(stale));
    EXPECT_EQ(stale.value(u"applied"_s).toInteger(), 0);

    const QJsonArray view = pullAll(*phone);
    EXPECT_EQ(byRecord(view), byRecord(pullAll(*laptop.client)));
    const QJsonObject record = recordOf(view, review);
    EXPECT_TRUE(record.value(u"deleted"_s).toBool());
    EXPECT_EQ(record.value(u"fields"_s).toObject(), fields);
    EXPECT_EQ(record.value(u"seq"_s).toInteger(), 2);
}

TEST_F(SyncTest, ATombstoneBeatsOlderEditsAndLosesToNewerOnes)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    auto phone = resume(laptop.token);
    const QString id = newId();
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"note"_s, id, 100, kLaptop, {{u"markdown"_s, u"draft"_s}})})));
    ASSERT_TRUE(isOk(push(*phone, {change(u"note"_s, id, 200, kPhone, {}, true)})));
    // An edit made before the deletion arrives late: the note stays deleted.
    const QJsonObject late = push(*laptop.client, {change(u"note"_s, id, 150, kLaptop, {{u"markdown"_s, u"late"_s}})});
    ASSERT_TRUE(isOk(late));
    EXPECT_EQ(late.value(u"applied"_s).toInteger(), 0);
    QJsonObject record = recordOf(pullAll(*laptop.client), id);
    EXPECT_TRUE(record.value(u"deleted"_s).toBool());
    EXPECT_EQ(record.value(u"hlc"_s).toString(), hlc(200, kPhone));

    // An edit after the deletion brings the note back on every device.
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"note"_s, id, 300, kLaptop, {{u"markdown"_s, u"restored"_s}})})));
    record = recordOf(pullAll(*phone), id);
    EXPECT_FALSE(record.value(u"deleted"_s).toBool());
    EXPECT_EQ(record.value(u"fields"_s)[u"markdown"_s].toString(), u"restored"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_records"_s), 1);
}

TEST_F(SyncTest, PullsArePagedByCountAndBySize)
{
    server::ServerConfig cfg = syncConfig();
    cfg.sync.maxPullLimit = 10;
    cfg.sync.maxPullBytes = 2000;
    startServer(cfg);
    Device laptop = registerUser(u"ada"_s);
    QJsonArray changes;
    for (int i = 0; i < 25; ++i)
        changes.append(change(u"transcript_segment"_s, newId(), 1000 + i, kLaptop, {{u"start_ms"_s, i * 1000}}));
    ASSERT_TRUE(isOk(push(*laptop.client, changes)));

    QList<qint64> pageSizes;
    qint64 since = 0;
    QList<qint64> seqs;
    for (int page = 0; page < 10; ++page) {
        const QJsonObject reply = pull(*laptop.client, since, 7);
        ASSERT_TRUE(isOk(reply));
        const QJsonArray items = reply.value(u"changes"_s).toArray();
        pageSizes.append(items.size());
        for (const QJsonValue &item : items)
            seqs.append(item.toObject().value(u"seq"_s).toInteger());
        since = reply.value(u"next"_s).toInteger();
        if (!reply.value(u"more"_s).toBool())
            break;
    }
    EXPECT_EQ(pageSizes, (QList<qint64>{7, 7, 7, 4}));
    ASSERT_EQ(seqs.size(), 25);
    for (qsizetype i = 0; i < seqs.size(); ++i)
        EXPECT_EQ(seqs[i], i + 1);
    EXPECT_EQ(since, 25);

    // A limit above the server's maximum is clamped to it.
    const QJsonObject clamped = pull(*laptop.client, 0, 1000);
    EXPECT_EQ(clamped.value(u"changes"_s).toArray().size(), 10);
    EXPECT_TRUE(clamped.value(u"more"_s).toBool());

    // Large records end a page early, but a page always holds at least one.
    const QString big(1500, u'x');
    ASSERT_TRUE(isOk(push(*laptop.client, {change(u"note"_s, newId(), 3000, kLaptop, {{u"markdown"_s, big}}),
                                           change(u"note"_s, newId(), 3001, kLaptop, {{u"markdown"_s, big}})})));
    const QJsonObject first = pull(*laptop.client, 25);
    EXPECT_EQ(first.value(u"changes"_s).toArray().size(), 1);
    EXPECT_TRUE(first.value(u"more"_s).toBool());
    EXPECT_EQ(first.value(u"next"_s).toInteger(), 26);
    const QJsonObject second = pull(*laptop.client, 26);
    EXPECT_EQ(second.value(u"changes"_s).toArray().size(), 1);
    EXPECT_FALSE(second.value(u"more"_s).toBool());
}

TEST_F(SyncTest, EachUserSeesOnlyTheirOwnRecords)
{
    start();
    Device ada = registerUser(u"ada"_s);
    Device bob = registerUser(u"bob"_s);
    const QString id = newId();
    ASSERT_TRUE(isOk(push(*ada.client, {change(u"course"_s, id, 100, kLaptop, {{u"name"_s, u"Ada's"_s}})})));

    // Bob sees nothing of Ada's, and the same record id in his library is his own record.
    EXPECT_TRUE(pullAll(*bob.client).isEmpty());
    const QJsonObject bobPush = push(*bob.client, {change(u"course"_s, id, 50, kPhone, {{u"name"_s, u"Bob's"_s}})});
    ASSERT_TRUE(isOk(bobPush));
    EXPECT_EQ(bobPush.value(u"seq"_s).toInteger(), 1);
    EXPECT_EQ(bobPush.value(u"applied"_s).toInteger(), 1);

    const QJsonArray adaView = pullAll(*ada.client);
    ASSERT_EQ(adaView.size(), 1);
    EXPECT_EQ(adaView[0].toObject().value(u"fields"_s)[u"name"_s].toString(), u"Ada's"_s);
    const QJsonArray bobView = pullAll(*bob.client);
    ASSERT_EQ(bobView.size(), 1);
    EXPECT_EQ(bobView[0].toObject().value(u"fields"_s)[u"name"_s].toString(), u"Bob's"_s);

    // Bob's pushes are not announced to Ada: her next message is the reply to her ping.
    EXPECT_TRUE(isPingReply(ada.client->request(frame(u"ping"_s))));

    // Deleting an account deletes its records and sequence, and nobody else's.
    ASSERT_TRUE(isOk(bob.client->request(frame(u"auth.delete_account"_s, {{u"password"_s, u"correct horse battery"_s}}))));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_records"_s), 1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_cursors"_s), 1);
}

TEST_F(SyncTest, WithoutSigningInPushAndPullAreRefused)
{
    start();
    auto stranger = anonymous();
    EXPECT_TRUE(isError(push(*stranger, {change(u"course"_s, newId(), 1, kLaptop, {})}), u"unauthenticated"_s));
    EXPECT_TRUE(isError(pull(*stranger, 0), u"unauthenticated"_s));

    // Signed out again: refused too, and nothing was stored for anyone.
    Device ada = registerUser(u"ada"_s);
    ASSERT_TRUE(isOk(ada.client->request(frame(u"auth.logout"_s))));
    EXPECT_TRUE(isError(push(*ada.client, {change(u"course"_s, newId(), 1, kLaptop, {})}), u"unauthenticated"_s));
    EXPECT_TRUE(isError(pull(*ada.client, 0), u"unauthenticated"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sync_records"_s), 0);
}

TEST_F(SyncTest, TheUsersOtherConnectionsAreToldAfterACommit)
{
    start();
    Device laptop = registerUser(u"ada"_s);
    auto phone = resume(laptop.token);
    auto tablet = resume(laptop.token);
    Device other = registerUser(u"bob"_s);

    const QJsonArray changes{change(u"course"_s, newId(), 100, kLaptop, {{u"name"_s, u"Chemistry"_s}})};
    ASSERT_TRUE(isOk(push(*laptop.client, changes)));
    for (TestClient *client : {phone.get(), tablet.get()}) {
        const QJsonObject event = client->nextMessage();
        EXPECT_EQ(event.value(u"type"_s).toString(), u"sync.changed"_s) << dump(event).toStdString();
        EXPECT_EQ(event.value(u"seq"_s).toInteger(), 1);
        EXPECT_FALSE(event.contains(u"rid"_s));
    }
    // Not the pushing connection, nor another user; and a push that changes nothing tells no one.
    ASSERT_TRUE(isOk(push(*laptop.client, changes)));
    for (TestClient *client : {laptop.client.get(), phone.get(), tablet.get(), other.client.get()})
        EXPECT_TRUE(isPingReply(client->request(frame(u"ping"_s))));
}
