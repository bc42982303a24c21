#include "library/SearchQuery.h"

#include "LibraryTestSupport.h"

using namespace lectern;

TEST(SearchQuery, QuotesEveryWordAndPrefixMatchesTheLast)
{
    EXPECT_EQ(toFts5Query(QStringLiteral("zelle teil")), QStringLiteral("\"zelle\" \"teil\"*"));
    EXPECT_EQ(toFts5Query(QStringLiteral("  Mitose  ")), QStringLiteral("\"Mitose\"*"));
}

TEST(SearchQuery, ASingleLetterIsNotAPrefix)
{
    EXPECT_EQ(toFts5Query(QStringLiteral("zelle d")), QStringLiteral("\"zelle\" \"d\""));
    EXPECT_EQ(toFts5Query(QStringLiteral("zelle di")), QStringLiteral("\"zelle\" \"di\"*"));
    EXPECT_EQ(toFts5Query(QStringLiteral("d-")), QStringLiteral("\"d-\""));
}

TEST(SearchQuery, OperatorsAndQuotesBecomePlainText)
{
    EXPECT_EQ(toFts5Query(QStringLiteral("a AND( bc")), QStringLiteral("\"a\" \"AND(\" \"bc\"*"));
    EXPECT_EQ(toFts5Query(QStringLiteral("say \"hi")), QStringLiteral("\"say\" \"\"\"hi\"*"));
    EXPECT_EQ(toFts5Query(QStringLiteral("NEAR(a bc)")), QStringLiteral("\"NEAR(a\" \"bc)\"*"));
}

TEST(SearchQuery, DropsWordsWithoutLettersOrDigits)
{
    EXPECT_EQ(toFts5Query(QStringLiteral("- * \" ( ) ^")), QString());
    EXPECT_EQ(toFts5Query(QString()), QString());
    EXPECT_EQ(toFts5Query(QStringLiteral("Zelle -")), QStringLiteral("\"Zelle\"*"));
    EXPECT_EQ(toFts5Query(QStringLiteral("Ü 42")), QStringLiteral("\"Ü\" \"42\"*"));
}

TEST(SearchQuery, KeepsAPastedWallOfTextBounded)
{
    const QString query = toFts5Query(QStringLiteral("wort ").repeated(1000));
    EXPECT_EQ(query.count(QStringLiteral("\"wort\"")), 32);
}

TEST(SearchQuery, NamesThePhrasesOfTheExpressionInOrder)
{
    EXPECT_EQ(toFts5Phrases(QStringLiteral("zelle  die teil")),
              QStringList({QStringLiteral("\"zelle\""), QStringLiteral("\"die\""), QStringLiteral("\"teil\"*")}));
    EXPECT_EQ(toFts5Phrases(QStringLiteral("- ?")), QStringList());
    const QString typed = QStringLiteral("say \"hi there");
    EXPECT_EQ(toFts5Phrases(typed).join(u' '), toFts5Query(typed));
}
