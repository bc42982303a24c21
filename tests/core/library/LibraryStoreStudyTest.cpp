#include "library/LibraryStore.h"

#include "LibraryTestSupport.h"

#include <QJsonArray>

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryStoreStudyTest : public LibraryTest
{
protected:
    void SetUp() override
    {
        LibraryTest::SetUp();
        m_lecture = addLecture(QString(), QStringLiteral("Photosynthese"));
    }

    StudyItem keyTerm(const QString &term, const QString &definition)
    {
        StudyItem item;
        item.lectureId = m_lecture.id;
        item.kind = StudyItemKind::KeyTerm;
        item.content = QJsonObject{{QStringLiteral("term"), term}, {QStringLiteral("definition"), definition}};
        return item;
    }

    Lecture m_lecture;
};

QStringList terms(const QList<StudyItem> &items)
{
    QStringList list;
    for (const StudyItem &i : items)
        list.append(i.content.value(QStringLiteral("term")).toString());
    return list;
}
} // namespace

TEST_F(LibraryStoreStudyTest, StudyItemsArePutAndListedByKind)
{
    StudyItem summary;
    summary.lectureId = m_lecture.id;
    summary.kind = StudyItemKind::Summary;
    summary.content = QJsonObject{{QStringLiteral("markdown"), QStringLiteral("Licht wird zu Zucker.")}};
    const auto storedSummary = store().putStudyItem(summary);
    ASSERT_TRUE(isOk(storedSummary));

    StudyItem quiz;
    quiz.lectureId = m_lecture.id;
    quiz.kind = StudyItemKind::QuizQuestion;
    quiz.content = QJsonObject{{QStringLiteral("question"), QStringLiteral("Wo?")},
                               {QStringLiteral("choices"), QJsonArray{QStringLiteral("Chloroplast"), QStringLiteral("Kern")}},
                               {QStringLiteral("answer"), 0}};
    ASSERT_TRUE(isOk(store().putStudyItem(quiz)));
    auto term = keyTerm(QStringLiteral("Chlorophyll"), QStringLiteral("grünes Pigment"));
    term.position = 0;
    ASSERT_TRUE(isOk(store().putStudyItem(term)));

    const auto all = store().studyItems(m_lecture.id);
    ASSERT_TRUE(isOk(all));
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).kind, StudyItemKind::Summary);
    EXPECT_EQ(all->at(1).kind, StudyItemKind::KeyTerm);
    EXPECT_EQ(all->at(2).kind, StudyItemKind::QuizQuestion);
    EXPECT_EQ(all->at(2).content, quiz.content);

    const auto quizzes = store().studyItems(m_lecture.id, StudyItemKind::QuizQuestion);
    ASSERT_EQ(quizzes->size(), 1);

    // Putting an item with its id updates it.
    StudyItem changed = *storedSummary;
    changed.content = QJsonObject{{QStringLiteral("markdown"), QStringLiteral("Licht + CO2 → Glucose")}};
    ASSERT_TRUE(isOk(store().putStudyItem(changed)));
    const auto summaries = *store().studyItems(m_lecture.id, StudyItemKind::Summary);
    ASSERT_EQ(summaries.size(), 1);
    EXPECT_EQ(summaries[0].content, changed.content);
    EXPECT_GT(summaries[0].updatedAt, storedSummary->updatedAt);
}

TEST_F(LibraryStoreStudyTest, ReplacingAKindRetiresOnlyThatKind)
{
    StudyItem summary;
    summary.lectureId = m_lecture.id;
    summary.content = QJsonObject{{QStringLiteral("markdown"), QStringLiteral("bleibt")}};
    ASSERT_TRUE(isOk(store().putStudyItem(summary)));
    ASSERT_TRUE(isOk(store().replaceStudyItems(m_lecture.id, StudyItemKind::KeyTerm,
                                               {keyTerm(QStringLiteral("ATP"), QStringLiteral("Energie")),
                                                keyTerm(QStringLiteral("NADPH"), QStringLiteral("Reduktion"))})));
    ASSERT_TRUE(isOk(store().replaceStudyItems(m_lecture.id, StudyItemKind::KeyTerm,
                                               {keyTerm(QStringLiteral("Calvin-Zyklus"), QStringLiteral("Dunkelreaktion")),
                                                keyTerm(QStringLiteral("Stroma"), QStringLiteral("Ort"))})));
    const auto keyTerms = *store().studyItems(m_lecture.id, StudyItemKind::KeyTerm);
    EXPECT_EQ(terms(keyTerms), (QStringList{QStringLiteral("Calvin-Zyklus"), QStringLiteral("Stroma")}));
    EXPECT_EQ(keyTerms[1].position, 1);
    EXPECT_EQ(store().studyItems(m_lecture.id, StudyItemKind::Summary)->size(), 1);
    EXPECT_EQ(rawInt(store().databasePath(), QStringLiteral("SELECT COUNT(*) FROM study_item WHERE deleted = 1")), 2);
}

TEST_F(LibraryStoreStudyTest, DeletedStudyItemsAreHidden)
{
    const auto item = store().putStudyItem(keyTerm(QStringLiteral("ATP"), QStringLiteral("Energie")));
    ASSERT_TRUE(isOk(item));
    ASSERT_TRUE(isOk(store().deleteStudyItem(item->id)));
    EXPECT_TRUE(store().studyItems(m_lecture.id)->isEmpty());
    EXPECT_EQ(errorCode(store().deleteStudyItem(item->id)), QStringLiteral("not_found"));

    StudyItem orphan = keyTerm(QStringLiteral("x"), QStringLiteral("y"));
    orphan.lectureId = QStringLiteral("missing");
    EXPECT_EQ(errorCode(store().putStudyItem(orphan)), QStringLiteral("not_found"));
}

TEST_F(LibraryStoreStudyTest, RoamingSettingsArePutReadAndRemoved)
{
    EXPECT_FALSE(store().setting(QStringLiteral("study.dailyNewCards"))->has_value());
    ASSERT_TRUE(isOk(store().putSetting(QStringLiteral("study.dailyNewCards"), QStringLiteral("20"))));
    ASSERT_TRUE(isOk(store().putSetting(QStringLiteral("study.dailyNewCards"), QStringLiteral("25"))));
    EXPECT_EQ(store().setting(QStringLiteral("study.dailyNewCards"))->value_or(QString()), QStringLiteral("25"));
    ASSERT_TRUE(isOk(store().removeSetting(QStringLiteral("study.dailyNewCards"))));
    EXPECT_FALSE(store().setting(QStringLiteral("study.dailyNewCards"))->has_value());
    ASSERT_TRUE(isOk(store().putSetting(QStringLiteral("study.dailyNewCards"), QStringLiteral("10"))));
    EXPECT_EQ(store().setting(QStringLiteral("study.dailyNewCards"))->value_or(QString()), QStringLiteral("10"));
    EXPECT_EQ(errorCode(store().putSetting(QString(), QStringLiteral("x"))), QStringLiteral("invalid_argument"));
}
