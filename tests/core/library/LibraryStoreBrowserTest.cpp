#include "library/LibraryStore.h"

#include "LibraryTestSupport.h"

using namespace lectern;
using namespace lectern::test;

namespace {
class LibraryStoreBrowserTest : public LibraryTest
{
protected:
    void SetUp() override
    {
        LibraryTest::SetUp();
        m_biology = addCourse(QStringLiteral("Biologie"));
        m_algebra = addCourse(QStringLiteral("Lineare Algebra"));
        m_cells = addLecture(m_biology.id, QStringLiteral("Zellteilung"));
        m_matrices = addLecture(m_algebra.id, QStringLiteral("Matrizen"));
    }

    Flashcard addCard(const QString &lectureId, const QString &front, const QString &back = QStringLiteral("Antwort"))
    {
        Flashcard draft;
        draft.lectureId = lectureId;
        draft.front = front;
        draft.back = back;
        auto card = store().createFlashcard(draft);
        EXPECT_TRUE(isOk(card));
        m_clock.advanceMs(1000); // creation order is by wall time
        return card.ok() ? *card : Flashcard{};
    }

    void review(const QString &cardId, int state, int lapses)
    {
        CardSchedule s;
        s.cardId = cardId;
        s.state = state;
        s.stability = 2.0;
        s.difficulty = 5.0;
        s.due = m_clock.now().addDays(state);
        s.lastReview = m_clock.now();
        s.reps = 1 + lapses;
        s.lapses = lapses;
        ASSERT_TRUE(isOk(store().putCardSchedule(s)));
    }

    QStringList fronts(const CardQuery &query)
    {
        auto page = store().browseFlashcards(query);
        EXPECT_TRUE(isOk(page));
        QStringList list;
        if (page.ok()) {
            for (const BrowsedCard &c : page->cards)
                list.append(c.card.front);
        }
        return list;
    }

    static CardQuery oldestFirst()
    {
        CardQuery q;
        q.descending = false;
        return q;
    }

    Course m_biology;
    Course m_algebra;
    Lecture m_cells;
    Lecture m_matrices;
};
} // namespace

TEST_F(LibraryStoreBrowserTest, ListsEveryLiveCardWithItsCourseLectureAndSchedule)
{
    const Flashcard mitosis = addCard(m_cells.id, QStringLiteral("Mitose?"), QStringLiteral("Kernteilung"));
    const Flashcard det = addCard(m_matrices.id, QStringLiteral("Determinante?"));
    const Flashcard gone = addCard(m_matrices.id, QStringLiteral("Gelöscht?"));
    ASSERT_TRUE(isOk(store().deleteFlashcard(gone.id)));
    review(det.id, 2, 3);

    auto page = store().browseFlashcards(oldestFirst());
    ASSERT_TRUE(isOk(page));
    ASSERT_EQ(page->total, 2);
    ASSERT_EQ(page->cards.size(), 2);
    const BrowsedCard &first = page->cards[0];
    EXPECT_EQ(first.card, mitosis);
    EXPECT_EQ(first.courseName, m_biology.name);
    EXPECT_EQ(first.lectureTitle, m_cells.title);
    EXPECT_EQ(first.state, 0);
    EXPECT_FALSE(first.suspended);
    EXPECT_TRUE(first.due.isValid()); // a new card is due from when it was made
    const BrowsedCard &second = page->cards[1];
    EXPECT_EQ(second.courseId, m_algebra.id);
    EXPECT_EQ(second.state, 2);
    EXPECT_EQ(second.lapses, 3);
}

TEST_F(LibraryStoreBrowserTest, SearchFindsCardsWhoseWordsStartWithEveryWordTypedIgnoringCaseAndAccents)
{
    addCard(m_cells.id, QStringLiteral("Was passiert in der Übergangsphase?"), QStringLiteral("Chromosomen trennen sich"));
    addCard(m_cells.id, QStringLiteral("Was ist Meiose?"), QStringLiteral("Reifeteilung"));
    addCard(m_matrices.id, QStringLiteral("Was ist eine Matrix?"), QStringLiteral("Ein rechteckiges Zahlenschema"));

    CardQuery q = oldestFirst();
    q.text = QStringLiteral("ubergang CHROMOSOMEN");
    EXPECT_EQ(fronts(q), QStringList{QStringLiteral("Was passiert in der Übergangsphase?")});
    q.text = QStringLiteral("was ist");
    EXPECT_EQ(fronts(q), (QStringList{QStringLiteral("Was ist Meiose?"), QStringLiteral("Was ist eine Matrix?")}));
    q.text = QStringLiteral("zahlenschema meiose");
    EXPECT_TRUE(fronts(q).isEmpty());
    // Inside a word is not the start of one: "trix" is in "Matrix" but starts no word.
    q.text = QStringLiteral("trix");
    EXPECT_TRUE(fronts(q).isEmpty());
    q.text = QStringLiteral("rechteckig,");
    EXPECT_EQ(fronts(q), QStringList{QStringLiteral("Was ist eine Matrix?")});
}

TEST_F(LibraryStoreBrowserTest, FiltersByCourseIncludingUnfiledLectures)
{
    addCard(m_cells.id, QStringLiteral("Mitose?"));
    addCard(m_matrices.id, QStringLiteral("Matrix?"));
    addCard(addLecture(QString(), QStringLiteral("Ohne Kurs")).id, QStringLiteral("Lose?"));

    CardQuery q = oldestFirst();
    q.courseId = m_algebra.id;
    EXPECT_EQ(fronts(q), QStringList{QStringLiteral("Matrix?")});
    q.courseId = QString();
    EXPECT_EQ(fronts(q), QStringList{QStringLiteral("Lose?")});
    q.courseId.reset();
    EXPECT_EQ(fronts(q).size(), 3);
}

TEST_F(LibraryStoreBrowserTest, FiltersByStateWithSuspendedCardsApart)
{
    const Flashcard fresh = addCard(m_cells.id, QStringLiteral("Neu?"));
    const Flashcard learning = addCard(m_cells.id, QStringLiteral("Lernend?"));
    const Flashcard reviewed = addCard(m_cells.id, QStringLiteral("Wiederholt?"));
    const Flashcard relearning = addCard(m_cells.id, QStringLiteral("Neu gelernt?"));
    const Flashcard suspended = addCard(m_cells.id, QStringLiteral("Ausgesetzt?"));
    review(learning.id, 1, 0);
    review(reviewed.id, 2, 0);
    review(relearning.id, 3, 1);
    review(suspended.id, 2, 0);
    ASSERT_TRUE(isOk(store().setFlashcardSuspended(suspended.id, true)));

    CardQuery q = oldestFirst();
    q.state = CardStateFilter::New;
    EXPECT_EQ(fronts(q), QStringList{fresh.front});
    q.state = CardStateFilter::Learning;
    EXPECT_EQ(fronts(q), QStringList{learning.front});
    q.state = CardStateFilter::Review;
    EXPECT_EQ(fronts(q), QStringList{reviewed.front});
    q.state = CardStateFilter::Relearning;
    EXPECT_EQ(fronts(q), QStringList{relearning.front});
    q.state = CardStateFilter::Suspended;
    EXPECT_EQ(fronts(q), QStringList{suspended.front});
}

TEST_F(LibraryStoreBrowserTest, PagesAndSortsWithTheTotalOfAllMatches)
{
    for (int i = 0; i < 7; ++i)
        addCard(m_cells.id, QStringLiteral("Karte %1").arg(i));

    CardQuery q = oldestFirst();
    q.offset = 2;
    q.limit = 3;
    auto page = store().browseFlashcards(q);
    ASSERT_TRUE(isOk(page));
    EXPECT_EQ(page->total, 7);
    EXPECT_EQ(fronts(q), (QStringList{QStringLiteral("Karte 2"), QStringLiteral("Karte 3"), QStringLiteral("Karte 4")}));

    q.text = QStringLiteral("karte");
    page = store().browseFlashcards(q);
    ASSERT_TRUE(isOk(page));
    EXPECT_EQ(page->total, 7);
    EXPECT_EQ(fronts(q), (QStringList{QStringLiteral("Karte 2"), QStringLiteral("Karte 3"), QStringLiteral("Karte 4")}));

    CardQuery byFront;
    byFront.sortKey = CardSortKey::Front;
    byFront.descending = true;
    byFront.limit = 2;
    EXPECT_EQ(fronts(byFront), (QStringList{QStringLiteral("Karte 6"), QStringLiteral("Karte 5")}));
}

TEST_F(LibraryStoreBrowserTest, BulkSuspendReportsTheCardsItChangedAndHidesThemFromStudy)
{
    const Flashcard a = addCard(m_cells.id, QStringLiteral("A?"));
    const Flashcard b = addCard(m_cells.id, QStringLiteral("B?"));
    ASSERT_TRUE(isOk(store().setFlashcardSuspended(a.id, true)));
    store().takeChanges();

    auto changed = store().setFlashcardsSuspended({a.id, b.id, QStringLiteral("no-such-card")}, true);
    ASSERT_TRUE(isOk(changed));
    EXPECT_EQ(*changed, QStringList{b.id});
    EXPECT_EQ(store().takeChanges(), (QList<LibraryChange>{{LibraryChange::Kind::Flashcards, m_cells.id}}));
    auto newIds = store().newCardIds(m_clock.now(), QString(), 10);
    ASSERT_TRUE(isOk(newIds));
    EXPECT_TRUE(newIds->isEmpty());

    changed = store().setFlashcardsSuspended({a.id, b.id}, false);
    ASSERT_TRUE(isOk(changed));
    EXPECT_EQ(*changed, (QStringList{a.id, b.id}));
    EXPECT_EQ(store().newCardIds(m_clock.now(), QString(), 10)->size(), 2);
}

TEST_F(LibraryStoreBrowserTest, BulkDeleteLeavesTombstonesThatRestore)
{
    const Flashcard a = addCard(m_cells.id, QStringLiteral("A?"));
    const Flashcard b = addCard(m_matrices.id, QStringLiteral("B?"));
    addCard(m_matrices.id, QStringLiteral("C?"));

    auto deleted = store().deleteFlashcards({a.id, b.id});
    ASSERT_TRUE(isOk(deleted));
    EXPECT_EQ(*deleted, (QStringList{a.id, b.id}));
    EXPECT_EQ(fronts(oldestFirst()), QStringList{QStringLiteral("C?")});
    // Tombstones, so that sync carries the deletion to the other devices.
    EXPECT_EQ(rawInt(store().databasePath(), QStringLiteral("SELECT COUNT(*) FROM flashcard WHERE deleted = 1")), 2);

    ASSERT_TRUE(isOk(store().restoreFlashcards(*deleted)));
    EXPECT_EQ(fronts(oldestFirst()), (QStringList{QStringLiteral("A?"), QStringLiteral("B?"), QStringLiteral("C?")}));
}

TEST_F(LibraryStoreBrowserTest, MovingToACourseFilesCardsUnderItsHandwrittenCardsLecture)
{
    ASSERT_TRUE(isOk(store().replaceSegments(m_cells.id, {segment(0, 1000, QStringLiteral("Mitose hat vier Phasen."))})));
    const QString segmentId = store().segments(m_cells.id)->constFirst().id;
    Flashcard draft;
    draft.lectureId = m_cells.id;
    draft.front = QStringLiteral("Phasen der Mitose?");
    draft.back = QStringLiteral("Vier");
    draft.sourceSegmentId = segmentId;
    const auto fromTranscript = store().createFlashcard(draft);
    ASSERT_TRUE(isOk(fromTranscript));
    m_clock.advanceMs(1000);
    const Flashcard alreadyThere = addCard(m_matrices.id, QStringLiteral("Matrix?"));

    auto before = store().moveFlashcardsToCourse({fromTranscript->id, alreadyThere.id}, m_algebra.id);
    ASSERT_TRUE(isOk(before));
    EXPECT_EQ(*before, (QList<CardPlacement>{{fromTranscript->id, m_cells.id, segmentId}}));

    const auto deck = store().handwrittenCardsLecture(m_algebra.id);
    ASSERT_TRUE(isOk(deck));
    EXPECT_EQ(deck->courseId, m_algebra.id);
    const auto moved = store().flashcard(fromTranscript->id);
    EXPECT_EQ(moved->lectureId, deck->id);
    EXPECT_TRUE(moved->sourceSegmentId.isEmpty());
    EXPECT_EQ(store().flashcard(alreadyThere.id)->lectureId, m_matrices.id);
    CardQuery q = oldestFirst();
    q.courseId = m_algebra.id;
    EXPECT_EQ(fronts(q), (QStringList{draft.front, QStringLiteral("Matrix?")}));

    // Undoing the move puts the card back with the segment it was made from.
    ASSERT_TRUE(isOk(store().placeFlashcards(*before)));
    EXPECT_EQ(store().flashcard(fromTranscript->id)->lectureId, m_cells.id);
    EXPECT_EQ(store().flashcard(fromTranscript->id)->sourceSegmentId, segmentId);
}

TEST_F(LibraryStoreBrowserTest, TheHandwrittenCardsLectureIsOnePerCourse)
{
    const auto first = store().handwrittenCardsLecture(m_biology.id);
    ASSERT_TRUE(isOk(first));
    const auto again = store().handwrittenCardsLecture(m_biology.id);
    ASSERT_TRUE(isOk(again));
    EXPECT_EQ(again->id, first->id);
    EXPECT_FALSE(first->title.isEmpty());
    EXPECT_TRUE(LibraryStore::isHandwrittenCardsLecture(*first));
    EXPECT_FALSE(LibraryStore::isHandwrittenCardsLecture(m_cells));
    EXPECT_NE(store().handwrittenCardsLecture(m_algebra.id)->id, first->id);
    const auto unfiled = store().handwrittenCardsLecture(QString());
    ASSERT_TRUE(isOk(unfiled));
    EXPECT_TRUE(unfiled->courseId.isEmpty());

    // Deleted by the student, it comes back when a card is written by hand again; moved into
    // another course, the course gets a new one.
    ASSERT_TRUE(isOk(store().deleteLecture(first->id)));
    EXPECT_EQ(store().handwrittenCardsLecture(m_biology.id)->id, first->id);
    ASSERT_TRUE(isOk(store().moveLecture(first->id, m_algebra.id)));
    const auto replacement = store().handwrittenCardsLecture(m_biology.id);
    ASSERT_TRUE(isOk(replacement));
    EXPECT_NE(replacement->id, first->id);
    EXPECT_EQ(replacement->courseId, m_biology.id);
    EXPECT_TRUE(LibraryStore::isHandwrittenCardsLecture(*replacement));
}

TEST_F(LibraryStoreBrowserTest, MovingToAMissingLectureChangesNothing)
{
    const Flashcard a = addCard(m_cells.id, QStringLiteral("A?"));
    auto moved = store().moveFlashcards({a.id}, QStringLiteral("no-such-lecture"));
    EXPECT_EQ(errorCode(moved), QStringLiteral("not_found"));
    EXPECT_EQ(store().flashcard(a.id)->lectureId, m_cells.id);
}
