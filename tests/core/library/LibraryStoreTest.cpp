#include "library/LibraryStore.h"

#include "LibraryTestSupport.h"

#include "base/HybridLogicalClock.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryStoreTest : public LibraryTest
{
};

QStringList names(const QList<Course> &courses)
{
    QStringList list;
    for (const Course &c : courses)
        list.append(c.name);
    return list;
}

QStringList titles(const QList<Lecture> &lectures)
{
    QStringList list;
    for (const Lecture &l : lectures)
        list.append(l.title);
    return list;
}
} // namespace

TEST_F(LibraryStoreTest, CreatesTheLibraryFileInWalModeWithForeignKeys)
{
    EXPECT_TRUE(QFileInfo::exists(m_dir.filePath(QStringLiteral("library.sqlite"))));
    EXPECT_EQ(store().databasePath(), m_dir.filePath(QStringLiteral("library.sqlite")));
    EXPECT_GE(store().schemaVersion(), 2);

    // Look at the file from a second connection, as another process would.
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store().databasePath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(name);

    // Foreign keys are enforced on the store's connection: a lecture in a course that does not
    // exist is refused (with a clear error rather than a constraint message).
    Lecture orphan;
    orphan.title = QStringLiteral("Orphan");
    orphan.courseId = QStringLiteral("no-such-course");
    EXPECT_EQ(errorCode(store().createLecture(orphan)), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreTest, KeepsItsClockNodeIdAcrossReopening)
{
    const QString node = store().nodeId();
    EXPECT_EQ(node.size(), 16);
    reopen();
    EXPECT_EQ(store().nodeId(), node);
}

TEST_F(LibraryStoreTest, CoursesCanBeCreatedRenamedColouredAndListedByName)
{
    const Course bio = addCourse(QStringLiteral("  Zellbiologie "));
    EXPECT_EQ(bio.name, QStringLiteral("Zellbiologie"));
    addCourse(QStringLiteral("Analysis I"));
    ASSERT_TRUE(isOk(store().renameCourse(bio.id, QStringLiteral("Biologie der Zelle"))));
    ASSERT_TRUE(isOk(store().setCourseColour(bio.id, QStringLiteral("#2a9d8f"))));

    const auto all = store().courses();
    ASSERT_TRUE(isOk(all));
    EXPECT_EQ(names(*all), (QStringList{QStringLiteral("Analysis I"), QStringLiteral("Biologie der Zelle")}));
    const auto stored = store().course(bio.id);
    ASSERT_TRUE(isOk(stored));
    EXPECT_EQ(stored->colour, QStringLiteral("#2a9d8f"));
}

TEST_F(LibraryStoreTest, CoursesSortIgnoringCaseAndWithNumbersInOrder)
{
    for (const char *name : {"Zoology", "algebra", "Part 10", "Part 2", "\xc3\x96kologie"})
        addCourse(QString::fromUtf8(name));
    const auto all = store().courses();
    ASSERT_TRUE(isOk(all));
    EXPECT_EQ(names(*all), (QStringList{QStringLiteral("algebra"), QString::fromUtf8("\xc3\x96kologie"),
                                        QStringLiteral("Part 2"), QStringLiteral("Part 10"), QStringLiteral("Zoology")}));
}

TEST_F(LibraryStoreTest, RefusesCoursesWithoutNameOrWithABadColour)
{
    EXPECT_EQ(errorCode(store().createCourse(QStringLiteral("   "))), QStringLiteral("invalid_argument"));
    EXPECT_EQ(errorCode(store().createCourse(QStringLiteral("Physik"), QStringLiteral("red"))),
              QStringLiteral("invalid_argument"));
    const Course c = addCourse(QStringLiteral("Physik"));
    EXPECT_EQ(errorCode(store().renameCourse(c.id, QString())), QStringLiteral("invalid_argument"));
    EXPECT_EQ(errorCode(store().renameCourse(QStringLiteral("missing"), QStringLiteral("X"))), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreTest, ArchivedCoursesLeaveTheActiveListButStayAvailable)
{
    const Course old = addCourse(QStringLiteral("Old course"));
    addCourse(QStringLiteral("Current course"));
    ASSERT_TRUE(isOk(store().setCourseArchived(old.id, true)));
    EXPECT_EQ(names(*store().courses()), QStringList{QStringLiteral("Current course")});
    EXPECT_EQ(names(*store().courses(LibraryStore::CourseFilter::IncludeArchived)),
              (QStringList{QStringLiteral("Current course"), QStringLiteral("Old course")}));
    ASSERT_TRUE(isOk(store().setCourseArchived(old.id, false)));
    EXPECT_EQ(store().courses()->size(), 2);
}

TEST_F(LibraryStoreTest, DeletedCoursesAreTombstonesThatCanBeRestored)
{
    const Course c = addCourse(QStringLiteral("Chemie"));
    ASSERT_TRUE(isOk(store().deleteCourse(c.id)));
    EXPECT_TRUE(store().courses(LibraryStore::CourseFilter::IncludeArchived)->isEmpty());
    EXPECT_EQ(errorCode(store().course(c.id)), QStringLiteral("not_found"));
    EXPECT_EQ(errorCode(store().deleteCourse(c.id)), QStringLiteral("not_found"));

    // The row is still there, marked deleted, so sync can carry the deletion.
    EXPECT_EQ(rawInt(store().databasePath(), QStringLiteral("SELECT deleted FROM course WHERE id = '%1'").arg(c.id)), 1);
    ASSERT_TRUE(isOk(store().restoreCourse(c.id)));
    const auto restored = store().course(c.id);
    ASSERT_TRUE(isOk(restored));
    EXPECT_EQ(restored->name, QStringLiteral("Chemie"));
    EXPECT_EQ(errorCode(store().restoreCourse(c.id)), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreTest, LecturesAreListedPerCourseNewestFirst)
{
    const Course c = addCourse(QStringLiteral("Analysis"));
    const Lecture first = addLecture(c.id, QStringLiteral("Folgen"));
    m_clock.advanceDays(7);
    const Lecture second = addLecture(c.id, QStringLiteral("Reihen"));
    const Lecture unfiled = addLecture(QString(), QStringLiteral("Gastvortrag"));

    EXPECT_EQ(titles(*store().lectures(c.id)), (QStringList{QStringLiteral("Reihen"), QStringLiteral("Folgen")}));
    EXPECT_EQ(titles(*store().lectures(QString())), QStringList{QStringLiteral("Gastvortrag")});

    const auto loaded = store().lecture(first.id);
    ASSERT_TRUE(isOk(loaded));
    EXPECT_EQ(loaded->courseId, c.id);
    EXPECT_EQ(loaded->recordedAt, first.recordedAt);
    EXPECT_EQ(*loaded, first);
    EXPECT_NE(second.id, unfiled.id);
}

TEST_F(LibraryStoreTest, LectureFieldsCanBeUpdated)
{
    const Course a = addCourse(QStringLiteral("A"));
    const Course b = addCourse(QStringLiteral("B"));
    const Lecture l = addLecture(a.id, QStringLiteral("Draft title"));

    ASSERT_TRUE(isOk(store().setLectureTitle(l.id, QStringLiteral("Mitose"))));
    ASSERT_TRUE(isOk(store().moveLecture(l.id, b.id)));
    ASSERT_TRUE(isOk(store().setLectureDuration(l.id, 5'400'000)));
    ASSERT_TRUE(isOk(store().setLectureAudio(l.id, QStringLiteral("audio/mitose.opus"), QStringLiteral("ABCDEF"))));

    const Lecture stored = *store().lecture(l.id);
    EXPECT_EQ(stored.title, QStringLiteral("Mitose"));
    EXPECT_EQ(stored.courseId, b.id);
    EXPECT_EQ(stored.durationMs, 5'400'000);
    EXPECT_EQ(stored.audioPath, QStringLiteral("audio/mitose.opus"));
    EXPECT_EQ(stored.audioSha256, QStringLiteral("abcdef"));
    EXPECT_TRUE(store().lectures(a.id)->isEmpty());
    EXPECT_EQ(store().lecturesWithAudio(QStringLiteral("abcdef"))->size(), 1);

    ASSERT_TRUE(isOk(store().moveLecture(l.id, QString())));
    EXPECT_EQ(store().lectures(QString())->size(), 1);

    EXPECT_EQ(errorCode(store().setLectureTitle(l.id, QStringLiteral(" "))), QStringLiteral("invalid_argument"));
    EXPECT_EQ(errorCode(store().setLectureDuration(l.id, -1)), QStringLiteral("invalid_argument"));
    EXPECT_EQ(errorCode(store().moveLecture(l.id, QStringLiteral("nope"))), QStringLiteral("not_found"));
    // A refused edit changes nothing.
    EXPECT_EQ(store().lecture(l.id)->title, QStringLiteral("Mitose"));
}

TEST_F(LibraryStoreTest, DeletedLecturesAreHiddenAndCanBeRestored)
{
    const Course c = addCourse(QStringLiteral("Bio"));
    const Lecture l = addLecture(c.id, QStringLiteral("Meiose"));
    ASSERT_TRUE(isOk(store().deleteLecture(l.id)));
    EXPECT_TRUE(store().lectures(c.id)->isEmpty());
    EXPECT_EQ(errorCode(store().lecture(l.id)), QStringLiteral("not_found"));
    EXPECT_EQ(errorCode(store().setLectureTitle(l.id, QStringLiteral("x"))), QStringLiteral("not_found"));
    ASSERT_TRUE(isOk(store().restoreLecture(l.id)));
    EXPECT_EQ(store().lecture(l.id)->title, QStringLiteral("Meiose"));
}

TEST_F(LibraryStoreTest, EveryWriteStampsALaterHybridLogicalClockTime)
{
    // The wall clock stands still: the stamps must still increase.
    const Course c = addCourse(QStringLiteral("Bio"));
    QString previous = c.updatedAt;
    const auto expectNewerStamp = [&](const char *what) {
        const QString now = store().course(c.id)->updatedAt;
        EXPECT_GT(now, previous) << what;
        const auto parsed = HlcTimestamp::fromString(now);
        ASSERT_TRUE(parsed.has_value()) << what;
        EXPECT_EQ(parsed->node, store().nodeId());
        EXPECT_EQ(parsed->wallMs, m_clock.nowMs());
        previous = now;
    };
    ASSERT_TRUE(isOk(store().renameCourse(c.id, QStringLiteral("Biologie"))));
    expectNewerStamp("rename");
    ASSERT_TRUE(isOk(store().setCourseColour(c.id, QStringLiteral("#112233"))));
    expectNewerStamp("colour");
    ASSERT_TRUE(isOk(store().setCourseArchived(c.id, true)));
    expectNewerStamp("archive");
    ASSERT_TRUE(isOk(store().setCourseArchived(c.id, false)));
    expectNewerStamp("unarchive");

    const Lecture l = addLecture(c.id, QStringLiteral("L"));
    EXPECT_GT(l.updatedAt, previous);
    ASSERT_TRUE(isOk(store().setLectureTitle(l.id, QStringLiteral("L2"))));
    EXPECT_GT(store().lecture(l.id)->updatedAt, l.updatedAt);
}

TEST_F(LibraryStoreTest, StampsStayAheadOfStoredOnesWhenTheWallClockGoesBack)
{
    const Course c = addCourse(QStringLiteral("Bio"));
    m_clock.advanceDays(-1); // the computer's clock was wrong and got corrected
    reopen();
    ASSERT_TRUE(isOk(store().renameCourse(c.id, QStringLiteral("Biologie"))));
    EXPECT_GT(store().course(c.id)->updatedAt, c.updatedAt);
}

TEST_F(LibraryStoreTest, StampsStayAheadOfEverySyncedTableWhenTheWallClockGoesBack)
{
    const Course c = addCourse(QStringLiteral("Bio"));
    const Lecture l = addLecture(c.id, QStringLiteral("L"));
    m_clock.advanceDays(2);
    // The newest stamp in the library is a listening session's.
    ASSERT_TRUE(isOk(store().addListeningSession(l.id, m_clock.now(), 60'000)));
    QString listened;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store().databasePath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT MAX(updated_at) FROM listening_session")) && q.next());
        listened = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    ASSERT_FALSE(listened.isEmpty());

    m_clock.advanceDays(-2);
    reopen();
    ASSERT_TRUE(isOk(store().renameCourse(c.id, QStringLiteral("Biologie"))));
    EXPECT_GT(store().course(c.id)->updatedAt, listened);
}

TEST_F(LibraryStoreTest, ATransactionCommitsAllOrNothing)
{
    const Status failed = store().transaction([&]() -> Status {
        if (const auto c = store().createCourse(QStringLiteral("One")); !c)
            return c.error();
        return Error{QStringLiteral("stop"), QStringLiteral("changed my mind")};
    });
    EXPECT_EQ(errorCode(failed), QStringLiteral("stop"));
    EXPECT_TRUE(store().courses()->isEmpty());
    EXPECT_TRUE(store().takeChanges().isEmpty()) << "a rolled back write must not announce a change";

    ASSERT_TRUE(isOk(store().transaction([&]() -> Status {
        if (const auto c = store().createCourse(QStringLiteral("One")); !c)
            return c.error();
        // An inner failure rolls back only its own part.
        EXPECT_FALSE(store().transaction([&]() -> Status {
            (void)store().createCourse(QStringLiteral("Two"));
            return Error{QStringLiteral("stop"), QStringLiteral("inner")};
        }).ok());
        return success();
    })));
    EXPECT_EQ(names(*store().courses()), QStringList{QStringLiteral("One")});
}

TEST_F(LibraryStoreTest, ReportsWhatCommittedWritesChanged)
{
    const Course c = addCourse(QStringLiteral("Bio"));
    (void)store().takeChanges();
    const Lecture l = addLecture(c.id, QStringLiteral("Zellzyklus"));
    ASSERT_TRUE(isOk(store().setNote(l.id, QStringLiteral("# Notes"))));
    ASSERT_TRUE(isOk(store().setNote(l.id, QStringLiteral("# More notes"))));
    const QList<LibraryChange> changes = store().takeChanges();
    EXPECT_EQ(changes, (QList<LibraryChange>{{LibraryChange::Kind::Lectures, c.id}, {LibraryChange::Kind::Notes, l.id}}));
    EXPECT_TRUE(store().takeChanges().isEmpty());
}
