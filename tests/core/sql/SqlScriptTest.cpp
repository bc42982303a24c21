#include "sql/SqlScript.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(SqlScript, SplitsPlainStatements)
{
    const QStringList parts = splitSqliteScript(QStringLiteral("CREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);\n"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0], QStringLiteral("CREATE TABLE a (x);"));
    EXPECT_EQ(parts[1], QStringLiteral("INSERT INTO a VALUES (1);"));
}

TEST(SqlScript, KeepsTriggerBodiesWhole)
{
    const QString trigger = QStringLiteral(
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO b VALUES (new.x);\n"
        "  UPDATE c SET n = n + 1;\n"
        "END;");
    const QStringList parts = splitSqliteScript(trigger + QStringLiteral("\nSELECT 1;"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0], trigger);
}

TEST(SqlScript, SemicolonsInStringsAndCommentsDoNotSplit)
{
    const QStringList parts = splitSqliteScript(QStringLiteral(
        "-- a comment; with a semicolon\n"
        "INSERT INTO a VALUES ('x; y');\n"
        "/* block; comment */ SELECT 2;"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_TRUE(parts[0].contains(QStringLiteral("'x; y'")));
    EXPECT_TRUE(parts[1].endsWith(QStringLiteral("SELECT 2;")));
}

TEST(SqlScript, CommentOnlyTailIsDropped)
{
    EXPECT_EQ(splitSqliteScript(QStringLiteral("SELECT 1;\n-- the end\n")).size(), 1);
    EXPECT_EQ(splitSqliteScript(QStringLiteral("SELECT 1;\n-- a comment\n;\nSELECT 2")).size(), 2);
    EXPECT_TRUE(splitSqliteScript(QString()).isEmpty());
}
