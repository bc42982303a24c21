// Two devices of one student syncing through the real lectern-server (a process, over real
// sockets, on the PostgreSQL cluster scripts/test starts), each with a library of its own.

#include "SyncServerHarness.h"
#include "TestDatabase.h"

#include "library/LibraryStore.h"
#include "sync/LibrarySyncStore.h"
#include "sync/SyncClient.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTest>

namespace lectern::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using Kind = SyncState::Kind;

constexpr int kWaitMs = 30'000;
const QString kPassword = u"correct horse battery"_s;

struct Device
{
    QTemporaryDir dir;
    // The library as the app or lectern-cli writes it: a connection of its own.
    std::unique_ptr<LibraryStore> library;
    // Only to read the outbox.
    std::unique_ptr<LibrarySyncStore> sync;
    std::unique_ptr<SyncClient> client;

    SyncState state() const { return client->state(); }
    int pending() const { return sync->pendingCount().value(); }
    bool settled() const { return state().kind == Kind::Synced && pending() == 0; }
};

class SyncClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto database = TestDatabase::create();
        ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
        m_database = std::move(database).value();
        m_server = std::make_unique<ServerProcess>(m_database->url());
        const quint16 port = m_server->start();
        ASSERT_NE(port, 0) << m_server->log().toStdString();
        m_relay.setUpstreamPort(port);

        m_a = makeDevice(u"Laptop"_s);
        m_b = makeDevice(u"Phone"_s);
        ASSERT_TRUE(m_a && m_b);
        m_a->client->registerAccount(serverUrl(), u"ada"_s, kPassword);
        ASSERT_TRUE(waitUntil([&] { return m_a->settled(); })) << describe(*m_a);
        m_b->client->signIn(serverUrl(), u"ada"_s, kPassword);
        ASSERT_TRUE(waitUntil([&] { return m_b->settled(); })) << describe(*m_b);
    }

    void TearDown() override
    {
        m_a.reset();
        m_b.reset();
        if (m_server)
            m_server->stop();
    }

    std::unique_ptr<Device> makeDevice(const QString &name)
    {
        auto device = std::make_unique<Device>();
        EXPECT_TRUE(device->dir.isValid());
        auto library = LibraryStore::open(device->dir.path());
        EXPECT_TRUE(library.ok());
        if (!library)
            return nullptr;
        device->library = std::move(library).value();
        auto sync = LibrarySyncStore::open(device->dir.path());
        EXPECT_TRUE(sync.ok());
        if (!sync)
            return nullptr;
        device->sync = std::move(sync).value();
        SyncTiming timing;
        timing.firstRetry = 50ms;
        timing.maxRetry = 400ms;
        timing.pushDelay = 10ms;
        device->client = std::make_unique<SyncClient>(SyncClient::Options{
            device->dir.path(), name, std::make_shared<MemorySyncTokenStore>(), nullptr, timing});
        return device;
    }

    QUrl serverUrl() const { return QUrl(u"ws://127.0.0.1:%1/"_s.arg(m_relay.port())); }

    static bool waitUntil(const std::function<bool()> &condition) { return QTest::qWaitFor(condition, kWaitMs); }

    static std::string describe(const Device &device)
    {
        return QString(device.state().text() + u" (outbox "_s + QString::number(device.pending()) + u')').toStdString();
    }

    // Writes something through a device's own library connection, as the app does, and tells its
    // client, as the app's LibraryService signals do.
    template<typename F>
    auto write(Device &device, F &&work)
    {
        auto result = work(*device.library);
        device.client->syncNow();
        return result;
    }

    // A course with a lecture and a card, on both devices.
    struct Seed
    {
        Course course;
        Lecture lecture;
        Flashcard card;
    };
    Seed seed()
    {
        Seed seed;
        seed.course = write(*m_a, [](LibraryStore &s) { return s.createCourse(u"Biology"_s); }).value();
        Lecture draft;
        draft.title = u"Mitosis"_s;
        draft.courseId = seed.course.id;
        seed.lecture = write(*m_a, [&](LibraryStore &s) { return s.createLecture(draft); }).value();
        Flashcard card;
        card.lectureId = seed.lecture.id;
        card.front = u"The phases of mitosis?"_s;
        card.back = u"Prophase, metaphase, anaphase, telophase"_s;
        seed.card = write(*m_a, [&](LibraryStore &s) { return s.createFlashcard(card); }).value();
        EXPECT_TRUE(waitUntil([&] { return m_b->library->flashcard(seed.card.id).ok() && m_a->settled(); }))
            << describe(*m_a);
        return seed;
    }

    static Result<ReviewLogEntry> review(LibraryStore &store, const QString &cardId, int rating)
    {
        ReviewLogEntry entry;
        entry.cardId = cardId;
        entry.reviewedAt = QDateTime::currentDateTimeUtc();
        entry.rating = rating;
        entry.stateAfter = 1;
        return store.appendReview(entry);
    }

    static qsizetype reviewCount(Device &device, const QString &cardId)
    {
        const auto log = device.library->reviewLog(cardId);
        return log ? log->size() : -1;
    }

    void goOffline()
    {
        m_relay.setOffline(true);
        ASSERT_TRUE(waitUntil([&] { return m_a->state().kind != Kind::Synced && m_b->state().kind != Kind::Synced; }));
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    Relay m_relay;
    std::unique_ptr<Device> m_a;
    std::unique_ptr<Device> m_b;
};

TEST_F(SyncClientTest, WhatOneDeviceMakesAppearsOnTheOther)
{
    const Seed s = seed();
    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return l.setNote(s.lecture.id, u"# Mitosis\n- prophase first"_s); }).ok());
    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return review(l, s.card.id, 3); }).ok());

    ASSERT_TRUE(waitUntil([&] {
        const auto note = m_b->library->note(s.lecture.id);
        return note && note->markdown == u"# Mitosis\n- prophase first"_s && reviewCount(*m_b, s.card.id) == 1;
    })) << describe(*m_b);
    EXPECT_EQ(m_b->library->course(s.course.id)->name, u"Biology"_s);
    const auto lectures = m_b->library->lectures(s.course.id);
    ASSERT_TRUE(lectures.ok());
    ASSERT_EQ(lectures->size(), 1);
    EXPECT_EQ(lectures->first().title, u"Mitosis"_s);
    EXPECT_EQ(m_b->library->flashcard(s.card.id)->back, u"Prophase, metaphase, anaphase, telophase"_s);
    ASSERT_TRUE(waitUntil([&] { return m_a->settled() && m_b->settled(); })) << describe(*m_a) << " / " << describe(*m_b);
}

TEST_F(SyncClientTest, AnEditMadeWhileTheServerIsDownGoesUpWhenItIsBack)
{
    const Seed s = seed();
    ASSERT_TRUE(m_server->stop()) << m_server->log().toStdString();
    ASSERT_TRUE(waitUntil([&] { return m_a->state().kind != Kind::Synced; }));

    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return l.setNote(s.lecture.id, u"written offline"_s); }).ok());
    ASSERT_TRUE(waitUntil([&] { return m_a->state() == SyncState::of(Kind::Pending, 1); })) << describe(*m_a);

    const quint16 port = m_server->start();
    ASSERT_NE(port, 0) << m_server->log().toStdString();
    m_relay.setUpstreamPort(port);
    ASSERT_TRUE(waitUntil([&] {
        const auto note = m_b->library->note(s.lecture.id);
        return note && note->markdown == u"written offline"_s;
    })) << describe(*m_a) << " / " << describe(*m_b);
    ASSERT_TRUE(waitUntil([&] { return m_a->settled(); })) << describe(*m_a);
}

TEST_F(SyncClientTest, ConcurrentEditsEndWithTheLaterClockOnBothDevices)
{
    const Seed s = seed();
    goOffline();
    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return l.setNote(s.lecture.id, u"from the laptop"_s); }).ok());
    ASSERT_TRUE(write(*m_b, [&](LibraryStore &l) { return l.setNote(s.lecture.id, u"from the phone"_s); }).ok());
    const QString stampA = m_a->library->note(s.lecture.id)->updatedAt;
    const QString stampB = m_b->library->note(s.lecture.id)->updatedAt;
    ASSERT_NE(stampA, stampB);
    const QString winner = stampB > stampA ? u"from the phone"_s : u"from the laptop"_s;

    m_relay.setOffline(false);
    m_a->client->syncNow();
    m_b->client->syncNow();
    ASSERT_TRUE(waitUntil([&] {
        return m_a->settled() && m_b->settled() && m_a->library->note(s.lecture.id)->markdown == winner
               && m_b->library->note(s.lecture.id)->markdown == winner;
    })) << describe(*m_a) << " / " << describe(*m_b) << " a: " << m_a->library->note(s.lecture.id)->markdown.toStdString()
        << " b: " << m_b->library->note(s.lecture.id)->markdown.toStdString();
    EXPECT_EQ(m_a->library->note(s.lecture.id)->updatedAt, std::max(stampA, stampB));
}

TEST_F(SyncClientTest, ReviewsFromBothDevicesAreAllKept)
{
    const Seed s = seed();
    goOffline();
    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return review(l, s.card.id, 3); }).ok());
    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return review(l, s.card.id, 4); }).ok());
    ASSERT_TRUE(write(*m_b, [&](LibraryStore &l) { return review(l, s.card.id, 1); }).ok());

    m_relay.setOffline(false);
    m_a->client->syncNow();
    m_b->client->syncNow();
    ASSERT_TRUE(waitUntil([&] {
        return reviewCount(*m_a, s.card.id) == 3 && reviewCount(*m_b, s.card.id) == 3 && m_a->settled() && m_b->settled();
    })) << reviewCount(*m_a, s.card.id) << " / " << reviewCount(*m_b, s.card.id);
}

TEST_F(SyncClientTest, ADeletionReachesTheOtherDevice)
{
    const Seed s = seed();
    ASSERT_TRUE(write(*m_a, [&](LibraryStore &l) { return l.deleteLecture(s.lecture.id); }).ok());
    ASSERT_TRUE(waitUntil([&] { return m_b->library->lectures(s.course.id)->isEmpty(); })) << describe(*m_b);
    EXPECT_EQ(m_b->library->lecture(s.lecture.id).error().code, u"not_found"_s);
    EXPECT_TRUE(m_b->library->flashcardsForCourse(s.course.id)->isEmpty());
}

TEST_F(SyncClientTest, APushWhoseReplyIsLostIsSentAgainAndStoredOnce)
{
    seed();
    const qint64 seqBefore = m_database->scalar(u"SELECT last_seq FROM sync_cursors"_s)->toLongLong();

    // The server commits the push, then the connection breaks before the reply reaches the laptop.
    m_relay.dropNextPushReply();
    const auto course = write(*m_a, [](LibraryStore &l) { return l.createCourse(u"Chemistry"_s); });
    ASSERT_TRUE(course.ok());
    ASSERT_TRUE(waitUntil([&] { return m_relay.droppedPushReplies() == 1; })) << describe(*m_a);

    ASSERT_TRUE(waitUntil([&] { return m_a->settled() && m_b->library->course(course->id).ok(); }))
        << describe(*m_a) << " / " << describe(*m_b);
    EXPECT_EQ(m_b->library->course(course->id)->name, u"Chemistry"_s);
    // Sent twice, stored once: the second push applied nothing, so took no seq.
    EXPECT_EQ(m_database->scalar(u"SELECT last_seq FROM sync_cursors"_s)->toLongLong(), seqBefore + 1);
    EXPECT_EQ(m_database->scalar(u"SELECT COUNT(*) FROM sync_records WHERE entity = 'course'"_s)->toLongLong(), 2);
}

} // namespace
} // namespace lectern::test
