#include "sql/SchemaMigrator.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace lectern;

namespace {
class SchemaMigratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_connection = QUuid::createUuid().toString();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("test.sqlite")));
        ASSERT_TRUE(m_db.open());
        m_migrations = m_dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(m_migrations);
    }
    void TearDown() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    void write(const QString &name, const QString &sql)
    {
        QFile f(m_migrations + u'/' + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(sql.toUtf8());
    }
    int count(const QString &sql)
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_migrations;
};
} // namespace

TEST_F(SchemaMigratorTest, AppliesEveryMigrationInOrderOnce)
{
    write(QStringLiteral("0001_people.sql"), QStringLiteral("CREATE TABLE people (name TEXT);"));
    write(QStringLiteral("0002_seed.sql"), QStringLiteral("INSERT INTO people VALUES ('Ada'); INSERT INTO people VALUES ('Alan');"));
    SchemaMigrator migrator(m_db, m_migrations);
    EXPECT_EQ(migrator.latestVersion(), 2);
    const auto reached = migrator.migrate();
    ASSERT_TRUE(reached.ok()) << reached.error().message.toStdString();
    EXPECT_EQ(*reached, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM people")), 2);

    // Running again changes nothing.
    ASSERT_TRUE(migrator.migrate().ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM people")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM schema_version")), 2);
}

TEST_F(SchemaMigratorTest, StopsAtTheRequestedVersionAndContinuesLater)
{
    write(QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (x);"));
    write(QStringLiteral("0002_b.sql"), QStringLiteral("CREATE TABLE b (x);"));
    SchemaMigrator migrator(m_db, m_migrations);
    ASSERT_EQ(*migrator.migrate(1), 1);
    EXPECT_FALSE(m_db.tables().contains(QStringLiteral("b")));
    ASSERT_EQ(*migrator.migrate(), 2);
    EXPECT_TRUE(m_db.tables().contains(QStringLiteral("b")));
}

TEST_F(SchemaMigratorTest, AFailingMigrationLeavesNoTrace)
{
    write(QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (x);"));
    write(QStringLiteral("0002_broken.sql"), QStringLiteral("CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);"));
    SchemaMigrator migrator(m_db, m_migrations);
    const auto reached = migrator.migrate();
    ASSERT_FALSE(reached.ok());
    EXPECT_TRUE(reached.error().message.contains(QStringLiteral("broken"))) << reached.error().message.toStdString();
    EXPECT_EQ(*migrator.currentVersion(), 1);
    EXPECT_FALSE(m_db.tables().contains(QStringLiteral("half")));
}

TEST_F(SchemaMigratorTest, RefusesADatabaseFromANewerLectern)
{
    write(QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (x);"));
    write(QStringLiteral("0002_b.sql"), QStringLiteral("CREATE TABLE b (x);"));
    ASSERT_TRUE(SchemaMigrator(m_db, m_migrations).migrate().ok());
    QFile::remove(m_migrations + QStringLiteral("/0002_b.sql"));
    const auto reached = SchemaMigrator(m_db, m_migrations).migrate();
    ASSERT_FALSE(reached.ok());
    EXPECT_EQ(reached.error().code, QStringLiteral("schema_too_new"));
}

TEST_F(SchemaMigratorTest, RejectsGapsAndBadNames)
{
    write(QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (x);"));
    write(QStringLiteral("0003_c.sql"), QStringLiteral("CREATE TABLE c (x);"));
    EXPECT_EQ(SchemaMigrator(m_db, m_migrations).migrate().error().code, QStringLiteral("migration_sequence"));
    QFile::remove(m_migrations + QStringLiteral("/0003_c.sql"));
    write(QStringLiteral("2_b.sql"), QStringLiteral("CREATE TABLE b (x);"));
    EXPECT_EQ(SchemaMigrator(m_db, m_migrations).migrate().error().code, QStringLiteral("migration_name"));
    EXPECT_FALSE(m_db.tables().contains(QStringLiteral("a")));
}
