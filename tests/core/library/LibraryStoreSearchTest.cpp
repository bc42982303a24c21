#include "library/LibraryStore.h"

#include "LibraryTestSupport.h"

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryStoreSearchTest : public LibraryTest
{
protected:
    void SetUp() override
    {
        LibraryTest::SetUp();
        m_course = addCourse(QStringLiteral("Biologie"));
        m_lecture = addLecture(m_course.id, QStringLiteral("Zellteilung"));
        ASSERT_TRUE(isOk(store().replaceSegments(
            m_lecture.id, {segment(0, 4000, QStringLiteral("Heute sprechen wir über die Zellé und ihre Teilung.")),
                           segment(4000, 9000, QStringLiteral("Die Mitochondrien liefern die Energie.")),
                           segment(9000, 15000, QStringLiteral("Am Ende entstehen zwei Tochterzellen."))})));
        ASSERT_TRUE(isOk(store().setNote(m_lecture.id, QStringLiteral("# Prüfung\nMitochondrien sind das Kraftwerk der Zelle."))));
    }

    QList<SearchHit> search(const QString &query)
    {
        const auto hits = store().search(query);
        EXPECT_TRUE(isOk(hits)) << query.toStdString();
        return hits.ok() ? *hits : QList<SearchHit>();
    }

    Course m_course;
    Lecture m_lecture;
};
} // namespace

TEST_F(LibraryStoreSearchTest, FindsWordsInSegmentsWithLectureTimeAndMarkedSnippet)
{
    const auto hits = search(QStringLiteral("Tochterzellen"));
    ASSERT_EQ(hits.size(), 1);
    const SearchHit &hit = hits[0];
    EXPECT_EQ(hit.kind, SearchHit::Kind::Segment);
    EXPECT_EQ(hit.lectureId, m_lecture.id);
    EXPECT_EQ(hit.lectureTitle, QStringLiteral("Zellteilung"));
    EXPECT_EQ(hit.courseId, m_course.id);
    EXPECT_EQ(hit.courseName, QStringLiteral("Biologie"));
    EXPECT_EQ(hit.startMs, 9000);
    EXPECT_FALSE(hit.segmentId.isEmpty());
    EXPECT_EQ(hit.snippet, QStringLiteral("Am Ende entstehen zwei ") + kMatchBegin + QStringLiteral("Tochterzellen") + kMatchEnd
                               + u'.');
    EXPECT_EQ(hit.snippetHtml(), QStringLiteral("Am Ende entstehen zwei <b>Tochterzellen</b>."));
}

TEST_F(LibraryStoreSearchTest, FindsWordsInNotesAndSegmentsTogether)
{
    const auto hits = search(QStringLiteral("mitochondrien"));
    ASSERT_EQ(hits.size(), 2);
    QList<SearchHit::Kind> kinds{hits[0].kind, hits[1].kind};
    EXPECT_TRUE(kinds.contains(SearchHit::Kind::Note));
    EXPECT_TRUE(kinds.contains(SearchHit::Kind::Segment));
    for (const SearchHit &hit : hits) {
        EXPECT_EQ(hit.lectureId, m_lecture.id);
        EXPECT_TRUE(hit.snippet.contains(kMatchBegin + QStringLiteral("Mitochondrien") + kMatchEnd)) << hit.snippet.toStdString();
    }
    EXPECT_LE(hits[0].score, hits[1].score) << "best match (lowest bm25) first";
}

TEST_F(LibraryStoreSearchTest, IgnoresCaseAndDiacritics)
{
    // "Zelle" finds "Zellé" in the transcript, and "Prufung" finds "Prüfung" in the note.
    const auto zelle = search(QStringLiteral("ZELLE"));
    ASSERT_FALSE(zelle.isEmpty());
    bool foundSegment = false;
    for (const SearchHit &hit : zelle)
        foundSegment |= hit.kind == SearchHit::Kind::Segment && hit.startMs == 0;
    EXPECT_TRUE(foundSegment);
    const auto pruefung = search(QStringLiteral("prufung"));
    ASSERT_EQ(pruefung.size(), 1);
    EXPECT_EQ(pruefung[0].kind, SearchHit::Kind::Note);
}

TEST_F(LibraryStoreSearchTest, MatchesTheWordBeingTypedAsAPrefixAndNeedsEveryWord)
{
    EXPECT_EQ(search(QStringLiteral("Mitoch")).size(), 2);
    EXPECT_EQ(search(QStringLiteral("Energie Mitochon")).size(), 1);
    EXPECT_TRUE(search(QStringLiteral("Energie Tochterzellen")).isEmpty()) << "the words are in different segments";
    EXPECT_TRUE(search(QStringLiteral("Mitoch Energie")).isEmpty()) << "only the last word is a prefix";
}

TEST_F(LibraryStoreSearchTest, FollowsCorrectionsAndDeletions)
{
    const TranscriptSegment energy = store().segments(m_lecture.id)->at(1);
    ASSERT_TRUE(isOk(store().editSegmentText(energy.id, QStringLiteral("Die Mitochondrien liefern ATP."))));
    EXPECT_TRUE(search(QStringLiteral("Energie")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("ATP")).size(), 1);

    ASSERT_TRUE(isOk(store().setNote(m_lecture.id, QStringLiteral("leer"))));
    EXPECT_EQ(search(QStringLiteral("Kraftwerk")).size(), 0);

    ASSERT_TRUE(isOk(store().deleteLecture(m_lecture.id)));
    EXPECT_TRUE(search(QStringLiteral("ATP")).isEmpty());
    ASSERT_TRUE(isOk(store().restoreLecture(m_lecture.id)));
    EXPECT_EQ(search(QStringLiteral("ATP")).size(), 1);
    ASSERT_TRUE(isOk(store().deleteCourse(m_course.id)));
    EXPECT_TRUE(search(QStringLiteral("ATP")).isEmpty());
    ASSERT_TRUE(isOk(store().restoreCourse(m_course.id)));

    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, {segment(0, 1000, QStringLiteral("Neu transkribiert"))})));
    EXPECT_TRUE(search(QStringLiteral("ATP")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("transkribiert")).size(), 1);
}

TEST_F(LibraryStoreSearchTest, HostileOrEmptyQueriesNeverFail)
{
    const QStringList queries = {
        QString(), QStringLiteral("   "), QStringLiteral("\""), QStringLiteral("\"\"\""), QStringLiteral("*"),
        QStringLiteral("-"), QStringLiteral("AND("), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("NEAR("),
        QStringLiteral("Zelle AND"), QStringLiteral("(Zelle"), QStringLiteral("Zelle)"), QStringLiteral("body:Zelle"),
        QStringLiteral("^Zelle"), QStringLiteral("Zelle*"), QStringLiteral("\"Zelle"), QStringLiteral("'; DROP TABLE note; --"),
        QStringLiteral("{body}: x"), QStringLiteral("a + b"), QStringLiteral("Zel\"le"), QStringLiteral("😀"),
        QStringLiteral("\\"), QStringLiteral("%_"), QString(300, u'x'), QStringLiteral("a ").repeated(200),
    };
    for (const QString &query : queries) {
        const auto hits = store().search(query);
        EXPECT_TRUE(isOk(hits)) << "query: " << query.toStdString();
    }
    // Operators typed as words are searched as words, not obeyed.
    EXPECT_FALSE(search(QStringLiteral("Zelle)")).isEmpty());
    EXPECT_FALSE(search(QStringLiteral("(Zelle")).isEmpty());
    EXPECT_FALSE(search(QStringLiteral("\"Zelle")).isEmpty());
    EXPECT_TRUE(store().note(m_lecture.id).ok()) << "the injection attempt must not have touched anything";
}

TEST_F(LibraryStoreSearchTest, RespectsTheLimit)
{
    QList<TranscriptSegment> many;
    for (int i = 0; i < 30; ++i)
        many.append(segment(i * 1000, i * 1000 + 900, QStringLiteral("Wiederholung Nummer %1").arg(i)));
    ASSERT_TRUE(isOk(store().replaceSegments(m_lecture.id, many)));
    EXPECT_EQ(store().search(QStringLiteral("Wiederholung"), 10)->size(), 10);
    EXPECT_EQ(store().search(QStringLiteral("Wiederholung"))->size(), 30);
    EXPECT_TRUE(store().search(QStringLiteral("Wiederholung"), 0)->isEmpty());
}
