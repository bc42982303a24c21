#include "library/LibraryDatabase.h"

#include "LibraryTestSupport.h"

#include "sql/SchemaMigrator.h"

#include <QDir>
#include <QFile>

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString libraryFile() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    // Runs `body` on a plain connection to the library file, outside of LibraryStore.
    template<typename F>
    void withRawConnection(F body)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(libraryFile());
            ASSERT_TRUE(db.open());
            body(db);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A lecture with a transcript long enough to fill a few dozen pages.
    void fillWithATranscript()
    {
        auto store = LibraryStore::open(m_dir.path(), m_clock);
        ASSERT_TRUE(isOk(store));
        Lecture draft;
        draft.title = QStringLiteral("Viel Text");
        const auto lecture = (*store)->createLecture(draft);
        ASSERT_TRUE(isOk(lecture));
        QList<TranscriptSegment> segments;
        for (int i = 0; i < 400; ++i)
            segments.append({{}, {}, i * 1000, i * 1000 + 900, QStringLiteral("Satz %1 ").arg(i).repeated(10), {}, {}, {}});
        ASSERT_TRUE(isOk((*store)->replaceSegments(lecture->id, segments)));
    }

    static void exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }

    void writeFile(const QByteArray &bytes)
    {
        QFile f(libraryFile());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    ManualClock m_clock;
    QTemporaryDir m_dir;
};
} // namespace

TEST_F(LibraryDatabaseTest, CreatesTheFolderWhenItDoesNotExistYet)
{
    const QString nested = m_dir.filePath(QStringLiteral("a/b/Lectern"));
    const auto store = LibraryStore::open(nested, m_clock);
    ASSERT_TRUE(isOk(store));
    EXPECT_TRUE(QFile::exists(nested + QStringLiteral("/library.sqlite")));
}

TEST_F(LibraryDatabaseTest, UpgradesAVersionOneLibraryWithoutLosingDataAndMakesItSearchable)
{
    withRawConnection([this](QSqlDatabase &db) {
        SchemaMigrator migrator(db, QStringLiteral(":/migrations/library"));
        ASSERT_GE(migrator.latestVersion(), 2);
        const auto reached = migrator.migrate(1);
        ASSERT_TRUE(isOk(reached));
        ASSERT_EQ(*reached, 1);
        ASSERT_FALSE(db.tables().contains(QStringLiteral("segment_fts")));
        const QString stamp = QStringLiteral("001700000000000-0000-00000000000000aa");
        exec(db, QStringLiteral("INSERT INTO course (id, name, updated_at) VALUES ('c1', 'Biologie', '%1')").arg(stamp));
        exec(db, QStringLiteral("INSERT INTO lecture (id, course_id, title, duration_ms, updated_at) "
                                "VALUES ('l1', 'c1', 'Zellteilung', 5400000, '%1')").arg(stamp));
        exec(db, QStringLiteral("INSERT INTO transcript_segment (id, lecture_id, start_ms, end_ms, text, updated_at) VALUES "
                                "('s1', 'l1', 0, 4000, 'Die Zellé teilt sich', '%1'), "
                                "('s2', 'l1', 4000, 8000, 'in zwei Tochterzellen', '%1')").arg(stamp));
        exec(db, QStringLiteral("INSERT INTO transcript_segment (id, lecture_id, start_ms, end_ms, text, updated_at, deleted) "
                                "VALUES ('s0', 'l1', 0, 1000, 'verworfen Tochterzellen', '%1', 1)").arg(stamp));
        exec(db, QStringLiteral("INSERT INTO note (id, lecture_id, markdown, updated_at) "
                                "VALUES ('n1', 'l1', 'Merke: Mitose hat vier Phasen', '%1')").arg(stamp));
        exec(db, QStringLiteral("INSERT INTO flashcard (id, lecture_id, front, back, source_segment_id, created_at, updated_at) "
                                "VALUES ('f1', 'l1', 'Phasen?', 'Vier', 's1', '2023-11-14T22:13:20.000Z', '%1')").arg(stamp));
    });

    const auto opened = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_TRUE(isOk(opened));
    LibraryStore &store = **opened;
    EXPECT_EQ(store.schemaVersion(), SchemaMigrator(QSqlDatabase(), QStringLiteral(":/migrations/library")).latestVersion());

    EXPECT_EQ(store.course(QStringLiteral("c1"))->name, QStringLiteral("Biologie"));
    const auto lecture = store.lecture(QStringLiteral("l1"));
    ASSERT_TRUE(isOk(lecture));
    EXPECT_EQ(lecture->durationMs, 5'400'000);
    EXPECT_EQ(store.segments(QStringLiteral("l1"))->size(), 2);
    EXPECT_EQ(store.note(QStringLiteral("l1"))->markdown, QStringLiteral("Merke: Mitose hat vier Phasen"));
    EXPECT_EQ(store.flashcard(QStringLiteral("f1"))->sourceSegmentId, QStringLiteral("s1"));

    const auto zelle = store.search(QStringLiteral("zelle"));
    ASSERT_TRUE(isOk(zelle));
    ASSERT_EQ(zelle->size(), 1);
    EXPECT_EQ(zelle->at(0).segmentId, QStringLiteral("s1"));
    const auto tochter = store.search(QStringLiteral("Tochterzellen"));
    ASSERT_EQ(tochter->size(), 1) << "tombstoned rows stay out of the index";
    EXPECT_EQ(tochter->at(0).startMs, 4000);
    const auto phasen = store.search(QStringLiteral("Phasen"));
    ASSERT_EQ(phasen->size(), 1);
    EXPECT_EQ(phasen->at(0).kind, SearchHit::Kind::Note);

    // The clock continues after the stamps it found.
    ASSERT_TRUE(isOk(store.renameCourse(QStringLiteral("c1"), QStringLiteral("Bio"))));
    EXPECT_GT(store.course(QStringLiteral("c1"))->updatedAt, QStringLiteral("001700000000000-0000-00000000000000aa"));
}

TEST_F(LibraryDatabaseTest, RefusesAFileThatIsNotADatabase)
{
    writeFile(QByteArray("These are my lecture notes, not a database.\n").repeated(200));
    const auto store = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, QStringLiteral("library_corrupt"));
    EXPECT_TRUE(store.error().message.contains(libraryFile())) << store.error().message.toStdString();
    QFile f(libraryFile());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("These are my lecture notes")) << "the file must be left alone";
}

TEST_F(LibraryDatabaseTest, RefusesADamagedLibrary)
{
    fillWithATranscript();
    QFile f(libraryFile());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 16 * 4096);
    // Scribble over a range of pages past the header, as a failing disk might.
    ASSERT_TRUE(f.seek(6 * 4096));
    f.write(QByteArray(8 * 4096, '\x5a'));
    f.close();

    const auto store = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, QStringLiteral("library_corrupt"));
}

TEST_F(LibraryDatabaseTest, OnlyTheFirstConnectionReadsEveryPage)
{
    fillWithATranscript();
    // Damage one page of the search index, which opening a library never reads otherwise.
    qint64 pageSize = 0;
    qint64 page = 0;
    withRawConnection([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT MAX(pageno) FROM dbstat WHERE name = 'segment_fts_data' "
                                          "AND pagetype = 'leaf'")) && q.next())
            << q.lastError().text().toStdString();
        page = q.value(0).toLongLong();
    });
    ASSERT_GT(page, 1);
    QFile f(libraryFile());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek((page - 1) * pageSize));
    f.write(QByteArray(pageSize, '\x5a'));
    f.close();

    // The connection a process opens first finds the damage ...
    const auto first = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, QStringLiteral("library_corrupt"));
    // ... its workers' connections trust that check rather than read the whole file again.
    EXPECT_TRUE(LibraryStore::open(m_dir.path(), m_clock, PageCheck::Skip).ok());
}

TEST_F(LibraryDatabaseTest, RefusesTheDatabaseOfAnotherProgram)
{
    withRawConnection([](QSqlDatabase &db) { exec(db, QStringLiteral("CREATE TABLE bookmarks (url TEXT)")); });
    const auto store = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, QStringLiteral("library_foreign"));
    withRawConnection([](QSqlDatabase &db) {
        EXPECT_EQ(db.tables(), QStringList{QStringLiteral("bookmarks")}) << "nothing may be added to a foreign file";
    });
}

TEST_F(LibraryDatabaseTest, RefusesALibraryFromANewerLectern)
{
    ASSERT_TRUE(isOk(LibraryStore::open(m_dir.path(), m_clock)));
    withRawConnection([](QSqlDatabase &db) {
        exec(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                "VALUES (99, 'from_the_future', '2030-01-01T00:00:00.000Z')"));
    });
    const auto store = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, QStringLiteral("schema_too_new"));
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("99"))) << store.error().message.toStdString();
    EXPECT_TRUE(store.error().message.contains(libraryFile())) << store.error().message.toStdString();
}

TEST_F(LibraryDatabaseTest, RefusesAFolderItCannotCreate)
{
    // Tests may run as root, which may write anywhere; a path through a regular file fails for everyone.
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto store = LibraryStore::open(blocker.fileName() + QStringLiteral("/Lectern"), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, QStringLiteral("library_not_writable"));
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not-a-folder/Lectern"))) << store.error().message.toStdString();
}

TEST_F(LibraryDatabaseTest, RefusesALibraryPathThatIsAFolder)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("library.sqlite")));
    const auto store = LibraryStore::open(m_dir.path(), m_clock);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, QStringLiteral("library_not_writable"));
}
