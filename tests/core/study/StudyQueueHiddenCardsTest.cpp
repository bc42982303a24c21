// The review of every course reads one flag per card that the library keeps up to date whenever
// the card, its lecture or its course changes; these follow each such change into the queue.

#include "StudySessionTestSupport.h"

namespace lectern::test {
namespace {

class StudyQueueHiddenCardsTest : public StudySessionTest
{
protected:
    // A card reviewed long ago, so it is due today, and one never studied.
    void addDueAndNewCard(const QString &name, const QString &lectureId = {})
    {
        const QString due = addCard(name + QStringLiteral(" (due)"), lectureId);
        addCard(name + QStringLiteral(" (new)"), lectureId);
        logReview(due, local(-60, 9), Rating::Easy);
    }

    // Every card in the review of everything, by name, reviews first.
    QStringList everything()
    {
        const StudyQueue queue = buildQueue();
        return names(queue.reviews) + names(queue.learning) + names(queue.newCards);
    }

    static QStringList both(const QString &name)
    {
        return {name + QStringLiteral(" (due)"), name + QStringLiteral(" (new)")};
    }
};

TEST_F(StudyQueueHiddenCardsTest, SuspendingBuryingAndDeletingACardTakeItOutAndUndoingPutsItBack)
{
    const QString card = addCard(QStringLiteral("card"));
    logReview(card, local(-60, 9), Rating::Easy);
    ASSERT_EQ(everything(), QStringList{QStringLiteral("card")});

    ASSERT_TRUE(succeeded(store().setFlashcardSuspended(card, true)));
    EXPECT_TRUE(everything().isEmpty());
    ASSERT_TRUE(succeeded(store().setFlashcardSuspended(card, false)));
    EXPECT_EQ(everything(), QStringList{QStringLiteral("card")});

    ASSERT_TRUE(succeeded(store().buryFlashcard(card, local(1, 4))));
    EXPECT_TRUE(everything().isEmpty());
    ASSERT_TRUE(succeeded(store().buryFlashcard(card, QDateTime())));
    EXPECT_EQ(everything(), QStringList{QStringLiteral("card")});

    ASSERT_TRUE(succeeded(store().deleteFlashcard(card)));
    EXPECT_TRUE(everything().isEmpty());
    ASSERT_TRUE(succeeded(store().restoreFlashcard(card)));
    EXPECT_EQ(everything(), QStringList{QStringLiteral("card")});
}

TEST_F(StudyQueueHiddenCardsTest, ArchivingACourseTakesItsCardsOutOfEverythingButNotOutOfTheCourseItself)
{
    const Course course = addCourse(QStringLiteral("Chemistry"));
    addDueAndNewCard(QStringLiteral("chemistry"), addLecture(course.id).id);
    ASSERT_EQ(everything(), both(QStringLiteral("chemistry")));

    ASSERT_TRUE(succeeded(store().setCourseArchived(course.id, true)));
    EXPECT_TRUE(everything().isEmpty());
    const StudyQueue chosen = buildQueue(course.id);
    EXPECT_EQ(names(chosen.reviews) + names(chosen.newCards), both(QStringLiteral("chemistry")));

    ASSERT_TRUE(succeeded(store().setCourseArchived(course.id, false)));
    EXPECT_EQ(everything(), both(QStringLiteral("chemistry")));
}

TEST_F(StudyQueueHiddenCardsTest, DeletingAndRestoringACourseOrALectureFollowsIntoTheQueue)
{
    const Course course = addCourse(QStringLiteral("Chemistry"));
    const Lecture lecture = addLecture(course.id);
    addDueAndNewCard(QStringLiteral("chemistry"), lecture.id);

    ASSERT_TRUE(succeeded(store().deleteCourse(course.id)));
    EXPECT_TRUE(everything().isEmpty());
    ASSERT_TRUE(succeeded(store().restoreCourse(course.id)));
    EXPECT_EQ(everything(), both(QStringLiteral("chemistry")));

    ASSERT_TRUE(succeeded(store().deleteLecture(lecture.id)));
    EXPECT_TRUE(everything().isEmpty());
    ASSERT_TRUE(succeeded(store().restoreLecture(lecture.id)));
    EXPECT_EQ(everything(), both(QStringLiteral("chemistry")));
}

TEST_F(StudyQueueHiddenCardsTest, MovingALectureBetweenCoursesHidesOrShowsItsCardsByTheCourseItJoins)
{
    const Course finished = addCourse(QStringLiteral("Finished"));
    ASSERT_TRUE(succeeded(store().setCourseArchived(finished.id, true)));
    const Lecture lecture = addLecture(m_course.id);
    addDueAndNewCard(QStringLiteral("moved"), lecture.id);
    ASSERT_EQ(everything(), both(QStringLiteral("moved")));

    ASSERT_TRUE(succeeded(store().moveLecture(lecture.id, finished.id)));
    EXPECT_TRUE(everything().isEmpty());
    // Out of every course: unfiled lectures are studied with everything.
    ASSERT_TRUE(succeeded(store().moveLecture(lecture.id, QString())));
    EXPECT_EQ(everything(), both(QStringLiteral("moved")));
    ASSERT_TRUE(succeeded(store().moveLecture(lecture.id, finished.id)));
    EXPECT_TRUE(everything().isEmpty());
    ASSERT_TRUE(succeeded(store().moveLecture(lecture.id, m_course.id)));
    EXPECT_EQ(everything(), both(QStringLiteral("moved")));
}

TEST_F(StudyQueueHiddenCardsTest, ACardMadeInAnArchivedCourseIsLeftOut)
{
    const Course finished = addCourse(QStringLiteral("Finished"));
    const Lecture archivedLecture = addLecture(finished.id);
    ASSERT_TRUE(succeeded(store().setCourseArchived(finished.id, true)));
    addCard(QStringLiteral("made in the archive"), archivedLecture.id);
    addCard(QStringLiteral("made in a studied course"));
    EXPECT_EQ(everything(), QStringList{QStringLiteral("made in a studied course")});
}

} // namespace
} // namespace lectern::test
