// The library's side of sync without a server: what enters the outbox, what leaves it, and how
// pulled changes are merged.

#include "base/HybridLogicalClock.h"
#include "library/LibraryStore.h"
#include "sync/LibrarySyncStore.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

namespace lectern {
namespace {

using namespace Qt::Literals::StringLiterals;
using protocol::SyncChange;

constexpr int kPage = 500;
constexpr qsizetype kBytes = 512 * 1024;

class LibrarySyncStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto library = LibraryStore::open(m_dir.path());
        ASSERT_TRUE(library.ok()) << library.error().message.toStdString();
        m_library = std::move(library).value();
        auto sync = LibrarySyncStore::open(m_dir.path());
        ASSERT_TRUE(sync.ok()) << sync.error().message.toStdString();
        m_sync = std::move(sync).value();
    }

    int pending() { return m_sync->pendingCount().value(); }

    LibrarySyncStore::OutboxPage page(qint64 after = 0)
    {
        auto page = m_sync->outboxPage(after, kPage, kBytes, 256 * 1024);
        EXPECT_TRUE(page.ok());
        return page.ok() ? page.value() : LibrarySyncStore::OutboxPage{};
    }

    // A change as another device (node "00000000000000ff") would send it.
    static SyncChange remote(const QString &entity, const QString &id, qint64 wallMs, QJsonObject fields, bool deleted = false)
    {
        SyncChange change;
        change.entity = entity;
        change.id = id;
        change.hlc = HlcTimestamp{wallMs, 0, u"00000000000000ff"_s}.toString();
        change.deleted = deleted;
        change.fields = std::move(fields);
        return change;
    }

    static qint64 farFuture() { return QDateTime::currentMSecsSinceEpoch() + 3'600'000; }

    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_library;
    std::unique_ptr<LibrarySyncStore> m_sync;
};

TEST_F(LibrarySyncStoreTest, LocalEditsWaitInTheOutboxAsTheirLatestState)
{
    const auto course = m_library->createCourse(u"Biology"_s);
    ASSERT_TRUE(course.ok());
    ASSERT_TRUE(m_library->renameCourse(course->id, u"Cell biology"_s).ok());

    const auto outbox = page();
    ASSERT_EQ(outbox.changes.size(), 1) << "a record edited twice is pushed once";
    EXPECT_EQ(outbox.changes[0].entity, u"course"_s);
    EXPECT_EQ(outbox.changes[0].id, course->id);
    EXPECT_EQ(outbox.changes[0].fields.value(u"name"_s).toString(), u"Cell biology"_s);
    EXPECT_FALSE(outbox.changes[0].fields.contains(u"updated_at"_s));
    EXPECT_TRUE(outbox.changes[0].hlc.endsWith(m_library->nodeId()));
}

TEST_F(LibrarySyncStoreTest, AnAcknowledgedPushLeavesTheOutboxButAnEditMadeMeanwhileStays)
{
    const auto course = m_library->createCourse(u"Biology"_s);
    const auto other = m_library->createCourse(u"Chemistry"_s);
    ASSERT_TRUE(course.ok() && other.ok());
    const auto sent = page();
    ASSERT_EQ(sent.changes.size(), 2);

    // The student renames one course while the push is on its way; then the server acknowledges.
    ASSERT_TRUE(m_library->renameCourse(course->id, u"Cell biology"_s).ok());
    ASSERT_TRUE(m_sync->acknowledge(sent.changeSeqs).ok());

    const auto next = page();
    ASSERT_EQ(next.changes.size(), 1);
    EXPECT_EQ(next.changes[0].fields.value(u"name"_s).toString(), u"Cell biology"_s);
}

TEST_F(LibrarySyncStoreTest, PulledChangesDoNotEnterTheOutbox)
{
    const QString courseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto applied = m_sync->applyPulled({remote(u"course"_s, courseId, farFuture(), {{u"name"_s, u"Physics"_s}})}, 7);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(applied->applied, 1);
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(m_sync->pullCursor().value(), 7);
    EXPECT_EQ(m_library->course(courseId)->name, u"Physics"_s);
}

TEST_F(LibrarySyncStoreTest, TheGreaterClockWinsAndAnOlderPulledStateIsIgnored)
{
    const auto course = m_library->createCourse(u"Mine"_s);
    ASSERT_TRUE(course.ok());
    // Older than the local edit: ignored, and the local edit still waits to go up.
    ASSERT_TRUE(m_sync->applyPulled({remote(u"course"_s, course->id, 1'000, {{u"name"_s, u"Old"_s}})}, 1).ok());
    EXPECT_EQ(m_library->course(course->id)->name, u"Mine"_s);
    EXPECT_EQ(pending(), 1);

    // Newer: taken, and the local state it replaced no longer needs pushing.
    ASSERT_TRUE(m_sync->applyPulled({remote(u"course"_s, course->id, farFuture(), {{u"name"_s, u"Theirs"_s}})}, 2).ok());
    EXPECT_EQ(m_library->course(course->id)->name, u"Theirs"_s);
    EXPECT_EQ(pending(), 0);
}

TEST_F(LibrarySyncStoreTest, ALocalEditAfterAPullSortsAfterThePulledClock)
{
    const auto course = m_library->createCourse(u"Mine"_s);
    ASSERT_TRUE(course.ok());
    const qint64 ahead = farFuture();
    const auto applied = m_sync->applyPulled({remote(u"course"_s, course->id, ahead, {{u"name"_s, u"Theirs"_s}})}, 1);
    ASSERT_TRUE(applied.ok() && applied->latest.has_value());
    // What SyncClient does for the app's own connection.
    m_library->observeTimestamp(*applied->latest);
    ASSERT_TRUE(m_library->renameCourse(course->id, u"Mine again"_s).ok());
    EXPECT_GT(m_library->course(course->id)->updatedAt, applied->latest->toString());
    EXPECT_EQ(pending(), 1);
}

TEST_F(LibrarySyncStoreTest, ListeningSessionsGoUpAndComeDownAsStudyTime)
{
    Lecture draft;
    draft.title = u"Cells"_s;
    const auto lecture = m_library->createLecture(draft);
    ASSERT_TRUE(lecture.ok());
    const QDateTime started(QDate(2024, 3, 5), QTime(18, 30), Qt::UTC);
    ASSERT_TRUE(m_library->addListeningSession(lecture->id, started, 600'000).ok());

    const auto outbox = page();
    ASSERT_EQ(outbox.changes.size(), 2);
    const SyncChange &mine = outbox.changes[1];
    EXPECT_EQ(mine.entity, u"listening_session"_s);
    EXPECT_EQ(mine.fields.value(u"lecture_id"_s).toString(), lecture->id);
    EXPECT_EQ(mine.fields.value(u"duration_ms"_s).toInteger(), 600'000);
    ASSERT_TRUE(m_sync->acknowledge(outbox.changeSeqs).ok());

    // Another device's session of the same lecture counts here too, and is not pushed back.
    const QString theirId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto applied = m_sync->applyPulled({remote(u"listening_session"_s, theirId, farFuture(),
                                                     {{u"lecture_id"_s, lecture->id},
                                                      {u"started_at"_s, u"2024-03-06T07:00:00.000Z"_s},
                                                      {u"duration_ms"_s, 300'000}})},
                                             1);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(applied->applied, 1);
    EXPECT_TRUE(applied->changes.contains(LibraryChange{LibraryChange::Kind::Listening, lecture->id}));
    EXPECT_EQ(pending(), 0);

    const auto history = m_library->progressHistory(started.addDays(30));
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->listenings.size(), 2);
    EXPECT_EQ(history->listenings[0].durationMs, 600'000);
    EXPECT_EQ(history->listenings[1].atMs, QDateTime(QDate(2024, 3, 6), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_EQ(history->listenings[1].durationMs, 300'000);
}

TEST_F(LibrarySyncStoreTest, ReviewsMergeByUnionAndAWithdrawalIsFinal)
{
    const auto course = m_library->createCourse(u"Biology"_s);
    Lecture draft;
    draft.title = u"Mitosis"_s;
    draft.courseId = course->id;
    const auto lecture = m_library->createLecture(draft);
    Flashcard cardDraft;
    cardDraft.lectureId = lecture->id;
    cardDraft.front = u"Phases?"_s;
    cardDraft.back = u"PMAT"_s;
    const auto card = m_library->createFlashcard(cardDraft);
    ASSERT_TRUE(card.ok());
    ReviewLogEntry mine;
    mine.cardId = card->id;
    mine.reviewedAt = QDateTime::currentDateTimeUtc();
    mine.rating = 3;
    ASSERT_TRUE(m_library->appendReview(mine).ok());

    const QString theirId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject theirFields{{u"card_id"_s, card->id}, {u"reviewed_at"_s, u"2026-01-01T10:00:00.000Z"_s},
                                  {u"rating"_s, 1}, {u"elapsed_ms"_s, 4000}, {u"state_before"_s, 0},
                                  {u"state_after"_s, 1}};
    ASSERT_TRUE(m_sync->applyPulled({remote(u"review_log"_s, theirId, 1'000, theirFields)}, 1).ok());
    EXPECT_EQ(m_library->reviewLog(card->id)->size(), 2);

    // A review is never edited, not even by a newer clock...
    QJsonObject edited = theirFields;
    edited[u"rating"_s] = 4;
    ASSERT_TRUE(m_sync->applyPulled({remote(u"review_log"_s, theirId, farFuture(), edited)}, 2).ok());
    // ...but it can be withdrawn, even by an older one.
    ASSERT_TRUE(m_sync->applyPulled({remote(u"review_log"_s, theirId, 2'000, theirFields, true)}, 3).ok());
    const auto log = m_library->reviewLog(card->id);
    ASSERT_EQ(log->size(), 1);
    EXPECT_EQ(log->first().rating, 3);
}

TEST_F(LibrarySyncStoreTest, ACardMayArriveBeforeItsLectureInAnotherPage)
{
    const QString lectureId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString cardId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 t = farFuture();
    const auto first = m_sync->applyPulled({remote(u"flashcard"_s, cardId, t,
                                                   {{u"lecture_id"_s, lectureId}, {u"front"_s, u"Q"_s}, {u"back"_s, u"A"_s},
                                                    {u"created_at"_s, u"2026-01-01T10:00:00.000Z"_s}})},
                                           1);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    const auto second = m_sync->applyPulled(
        {remote(u"lecture"_s, lectureId, t, {{u"title"_s, u"Late lecture"_s}, {u"course_id"_s, QJsonValue::Null}})}, 2);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    const auto cards = m_library->flashcardsForLecture(lectureId);
    ASSERT_TRUE(cards.ok());
    ASSERT_EQ(cards->size(), 1);
    EXPECT_EQ(cards->first().front, u"Q"_s);
}

TEST_F(LibrarySyncStoreTest, AnotherAccountGetsTheWholeLibraryFromTheStart)
{
    ASSERT_TRUE(m_library->createCourse(u"Biology"_s).ok());
    ASSERT_TRUE(m_sync->bindAccount(u"ws://one/#1"_s).ok());
    ASSERT_TRUE(m_sync->acknowledge(page().changeSeqs).ok());
    ASSERT_TRUE(m_sync->applyPulled({}, 40).ok());
    ASSERT_EQ(pending(), 0);

    ASSERT_TRUE(m_sync->bindAccount(u"ws://one/#1"_s).ok());
    EXPECT_EQ(pending(), 0) << "the same account again changes nothing";
    ASSERT_TRUE(m_sync->bindAccount(u"ws://two/#9"_s).ok());
    EXPECT_EQ(pending(), 1);
    EXPECT_EQ(m_sync->pullCursor().value(), 0);
}

} // namespace
} // namespace lectern
