// A library made before the study queue kept one flag for cards left out of the review of
// everything must come out of the upgrade with that flag right for the cards it already holds.

#include "LibraryTestSupport.h"

#include "sql/SchemaMigrator.h"

using namespace lectern;
using namespace lectern::test;

namespace {

class StudyQueueUpgradeTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // Writes a version 4 library through a plain connection, as an older Lectern left it.
    void writeVersionFourLibrary(const QStringList &statements)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(QStringLiteral("library.sqlite")));
            ASSERT_TRUE(db.open());
            SchemaMigrator migrator(db, QStringLiteral(":/migrations/library"));
            ASSERT_GE(migrator.latestVersion(), 5);
            const auto reached = migrator.migrate(4);
            ASSERT_TRUE(isOk(reached));
            ASSERT_EQ(*reached, 4);
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    ManualClock m_clock;
    QTemporaryDir m_dir;
};

const QString kStamp = QStringLiteral("001700000000000-0000-00000000000000aa");
const QDateTime kNow(QDate(2024, 3, 10), QTime(10, 0), Qt::UTC);

QString card(const QString &id, const QString &lectureId, int minute, int suspended = 0)
{
    return QStringLiteral("INSERT INTO flashcard (id, lecture_id, front, back, created_at, updated_at, suspended) "
                          "VALUES ('%1', '%2', 'front', 'back', '2024-03-01T09:%3:00.000Z', '%4', %5)")
        .arg(id, lectureId)
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(kStamp)
        .arg(suspended);
}

QStringList ids(const QList<LibraryStore::ScheduledCard> &cards)
{
    QStringList list;
    for (const auto &c : cards)
        list.append(c.cardId);
    return list;
}

TEST_F(StudyQueueUpgradeTest, CardsOfArchivedOrDeletedCoursesAndLecturesStayOutAfterTheUpgradeAndFollowLaterChanges)
{
    writeVersionFourLibrary({
        QStringLiteral("INSERT INTO course (id, name, updated_at) VALUES ('live', 'Biology', '%1')").arg(kStamp),
        QStringLiteral("INSERT INTO course (id, name, archived, updated_at) VALUES ('archived', 'Old', 1, '%1')").arg(kStamp),
        QStringLiteral("INSERT INTO course (id, name, deleted, updated_at) VALUES ('gone', 'Gone', 1, '%1')").arg(kStamp),
        QStringLiteral("INSERT INTO lecture (id, course_id, title, updated_at) VALUES ('l-live', 'live', 'L', '%1')").arg(kStamp),
        QStringLiteral("INSERT INTO lecture (id, course_id, title, updated_at) VALUES ('l-archived', 'archived', 'L', '%1')").arg(kStamp),
        QStringLiteral("INSERT INTO lecture (id, course_id, title, updated_at) VALUES ('l-gone', 'gone', 'L', '%1')").arg(kStamp),
        QStringLiteral("INSERT INTO lecture (id, course_id, title, updated_at, deleted) VALUES ('l-deleted', 'live', 'L', '%1', 1)").arg(kStamp),
        QStringLiteral("INSERT INTO lecture (id, course_id, title, updated_at) VALUES ('l-unfiled', NULL, 'L', '%1')").arg(kStamp),
        card(QStringLiteral("new-live"), QStringLiteral("l-live"), 1),
        card(QStringLiteral("new-archived"), QStringLiteral("l-archived"), 2),
        card(QStringLiteral("new-gone"), QStringLiteral("l-gone"), 3),
        card(QStringLiteral("new-deleted-lecture"), QStringLiteral("l-deleted"), 4),
        card(QStringLiteral("new-unfiled"), QStringLiteral("l-unfiled"), 5),
        card(QStringLiteral("new-suspended"), QStringLiteral("l-live"), 6, 1),
        card(QStringLiteral("due-live"), QStringLiteral("l-live"), 7),
        card(QStringLiteral("due-archived"), QStringLiteral("l-archived"), 8),
        // Cached schedules of cards reviewed on an older version: due a day ago.
        QStringLiteral("UPDATE card_state SET state = 2, stability = 10, due = '2024-03-09T09:00:00.000Z', "
                       "last_review = '2024-02-28T09:00:00.000Z' WHERE card_id IN ('due-live', 'due-archived')"),
    });

    const auto opened = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_TRUE(isOk(opened));
    LibraryStore &store = **opened;
    ASSERT_GE(store.schemaVersion(), 5);

    const QDateTime dayEnd = kNow.addDays(1);
    auto fresh = store.newCardIds(kNow, {}, 100);
    ASSERT_TRUE(isOk(fresh));
    EXPECT_EQ(*fresh, (QStringList{QStringLiteral("new-live"), QStringLiteral("new-unfiled")}));
    auto due = store.scheduledCardsDueBefore(dayEnd, kNow);
    ASSERT_TRUE(isOk(due));
    EXPECT_EQ(ids(*due), QStringList{QStringLiteral("due-live")});
    // Studying the archived course itself still shows its cards.
    due = store.scheduledCardsDueBefore(dayEnd, kNow, QStringLiteral("archived"));
    ASSERT_TRUE(isOk(due));
    EXPECT_EQ(ids(*due), QStringList{QStringLiteral("due-archived")});

    // The upgraded library keeps the flag true as things change.
    ASSERT_TRUE(isOk(store.setCourseArchived(QStringLiteral("archived"), false)));
    ASSERT_TRUE(isOk(store.restoreCourse(QStringLiteral("gone"))));
    ASSERT_TRUE(isOk(store.restoreLecture(QStringLiteral("l-deleted"))));
    ASSERT_TRUE(isOk(store.deleteLecture(QStringLiteral("l-live"))));
    ASSERT_TRUE(isOk(store.setFlashcardSuspended(QStringLiteral("new-suspended"), false)));
    fresh = store.newCardIds(kNow, {}, 100);
    ASSERT_TRUE(isOk(fresh));
    EXPECT_EQ(*fresh, (QStringList{QStringLiteral("new-archived"), QStringLiteral("new-gone"), QStringLiteral("new-deleted-lecture"),
                                   QStringLiteral("new-unfiled")}));
    due = store.scheduledCardsDueBefore(dayEnd, kNow);
    ASSERT_TRUE(isOk(due));
    EXPECT_EQ(ids(*due), QStringList{QStringLiteral("due-archived")});
}

} // namespace
