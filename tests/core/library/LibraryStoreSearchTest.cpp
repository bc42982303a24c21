#include "library/LibraryStore.h"
#include "library/SearchQuery.h"

#include "LibraryTestSupport.h"

using namespace lectern;
using namespace lectern::test;

namespace {
// The score FTS5's own bm25() gives a segment for `query`, worked out on a connection of its own.
double fts5Bm25(const QString &databasePath, const QString &query, const QString &segmentId)
{
    const QString name = QUuid::createUuid().toString();
    double score = 0.0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.prepare(QStringLiteral("SELECT bm25(segment_fts) FROM segment_fts WHERE segment_fts MATCH ? "
                                             "AND rowid = (SELECT local_id FROM transcript_segment WHERE id = ?)")));
        q.addBindValue(toFts5Query(query));
        q.addBindValue(segmentId);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        EXPECT_TRUE(q.next()) << "segment " << segmentId.toStdString() << " does not match " << query.toStdString();
        score = q.value(0).toDouble();
    }
    QSqlDatabase::removeDatabase(name);
    return score;
}

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

namespace {
// A lecture whose segments mention "Zelle" more or less often, in shorter or longer sentences, so
// that ranking has something to decide.
class SearchRankingTest : public LibraryStoreSearchTest
{
protected:
    void SetUp() override
    {
        LibraryStoreSearchTest::SetUp();
        m_ranked = addLecture(m_course.id, QStringLiteral("Zellbiologie"));
        const QStringList texts = {
            QStringLiteral("Zelle."),
            QStringLiteral("Die Zelle teilt sich, und jede neue Zelle wächst danach weiter."),
            QStringLiteral("Eine Zelle, dann noch eine Zelle und schließlich eine dritte Zelle."),
            QStringLiteral("Wir reden heute lange über vieles, das mit dem Thema nur am Rande zu tun hat, auch über die Zelle."),
            QStringLiteral("Die Membran umgibt die Zelle."),
            QStringLiteral("Ohne Zelle kein Leben, sagt man, und die Zelle teilt sich oft."),
        };
        QList<TranscriptSegment> segments;
        for (qsizetype i = 0; i < texts.size(); ++i)
            segments.append(segment(i * 5000, i * 5000 + 4000, texts[i]));
        ASSERT_TRUE(isOk(store().replaceSegments(m_ranked.id, segments)));
    }

    // Every hit is scored as FTS5's bm25() scores it, and the best (lowest) score comes first.
    void expectRankedAsBm25(const QString &query)
    {
        const auto hits = search(query);
        ASSERT_FALSE(hits.isEmpty()) << query.toStdString();
        for (qsizetype i = 0; i < hits.size(); ++i) {
            if (hits[i].kind == SearchHit::Kind::Segment) {
                EXPECT_DOUBLE_EQ(hits[i].score, fts5Bm25(store().databasePath(), query, hits[i].segmentId))
                    << query.toStdString() << ": " << hits[i].snippetPlain({}, {}).toStdString();
            }
            if (i > 0) {
                EXPECT_LE(hits[i - 1].score, hits[i].score);
            }
        }
    }

    TranscriptSegment rankedSegment(int index) { return store().segments(m_ranked.id)->at(index); }

    Lecture m_ranked;
};
} // namespace

TEST_F(SearchRankingTest, ScoresEveryHitAsFts5Bm25Does)
{
    expectRankedAsBm25(QStringLiteral("Zelle"));
    expectRankedAsBm25(QStringLiteral("zelle teilt"));
    expectRankedAsBm25(QStringLiteral("die Zel"));
}

TEST_F(SearchRankingTest, RankingFollowsCorrectionsMadeHereAndByAnotherProcess)
{
    const TranscriptSegment shortest = rankedSegment(0);
    ASSERT_EQ(search(QStringLiteral("Zelle")).first().segmentId, shortest.id) << "a one-word segment ranks first";

    // The one-word segment becomes a long sentence: it drops, scored by its new length.
    ASSERT_TRUE(isOk(store().editSegmentText(
        shortest.id, QStringLiteral("Zelle, so nannte man das früher, aber heute sagen wir dazu meistens etwas ganz anderes."))));
    EXPECT_NE(search(QStringLiteral("Zelle")).first().segmentId, shortest.id);
    expectRankedAsBm25(QStringLiteral("Zelle"));

    // Another process (the command line beside the app) cuts the longest segment to one word.
    {
        auto other = LibraryStore::open(m_dir.path(), m_clock);
        ASSERT_TRUE(isOk(other));
        ASSERT_TRUE(isOk((*other)->editSegmentText(rankedSegment(3).id, QStringLiteral("Zelle!"))));
    }
    EXPECT_EQ(search(QStringLiteral("Zelle")).first().segmentId, rankedSegment(3).id);
    expectRankedAsBm25(QStringLiteral("Zelle"));
}

TEST_F(SearchRankingTest, IdfFollowsHowManySegmentsHaveTheWord)
{
    // The same query again and again, while "teilt" goes from rare to common: its weight (and
    // with it every score) must follow, here and when another process adds the segments.
    expectRankedAsBm25(QStringLiteral("zelle teilt"));
    const Lecture more = addLecture(m_course.id, QStringLiteral("Teilung"));
    QList<TranscriptSegment> segments;
    for (int i = 0; i < 12; ++i)
        segments.append(segment(i * 1000, i * 1000 + 900, QStringLiteral("Sie teilt sich, Nummer %1.").arg(i)));
    ASSERT_TRUE(isOk(store().replaceSegments(more.id, segments)));
    expectRankedAsBm25(QStringLiteral("zelle teilt"));
    {
        auto other = LibraryStore::open(m_dir.path(), m_clock);
        ASSERT_TRUE(isOk(other));
        ASSERT_TRUE(isOk((*other)->replaceSegments(more.id, segments.mid(0, 2))));
    }
    expectRankedAsBm25(QStringLiteral("zelle teilt"));
}

TEST_F(SearchRankingTest, RankingForgetsCorrectionsThatWereRolledBack)
{
    const TranscriptSegment shortest = rankedSegment(0);
    const Status rolledBack = store().transaction([&]() -> Status {
        if (const Status s = store().editSegmentText(shortest.id, QStringLiteral("Zelle und noch viele andere Wörter dazu.")); !s)
            return s;
        // Searching inside the transaction sees the longer text...
        EXPECT_NE(search(QStringLiteral("Zelle")).first().segmentId, shortest.id);
        return Error{QStringLiteral("cancelled"), QStringLiteral("changed my mind")};
    });
    ASSERT_FALSE(rolledBack.ok());
    // ...and after the rollback the segment is one word again, and ranked so.
    EXPECT_EQ(search(QStringLiteral("Zelle")).first().segmentId, shortest.id);
    expectRankedAsBm25(QStringLiteral("Zelle"));
}

TEST_F(SearchRankingTest, DeletedLecturesDoNotCrowdOutMatchesOfLiveOnes)
{
    // Twenty segments that outrank every live one, in a lecture that is then deleted.
    const Lecture deleted = addLecture(m_course.id, QStringLiteral("Gelöscht"));
    QList<TranscriptSegment> best;
    for (int i = 0; i < 20; ++i)
        best.append(segment(i * 1000, i * 1000 + 900, QStringLiteral("Zelle Zelle")));
    ASSERT_TRUE(isOk(store().replaceSegments(deleted.id, best)));
    ASSERT_TRUE(isOk(store().deleteLecture(deleted.id)));

    for (const int limit : {3, 7}) {
        const auto hits = store().search(QStringLiteral("Zelle"), limit);
        ASSERT_TRUE(isOk(hits));
        ASSERT_EQ(hits->size(), limit);
        for (const SearchHit &hit : *hits)
            EXPECT_NE(hit.lectureId, deleted.id);
    }
    // Every live match is still found: the six of the ranked lecture, the first segment of the
    // other lecture ("Zellé") and the note.
    EXPECT_EQ(search(QStringLiteral("Zelle")).size(), 8);
}
