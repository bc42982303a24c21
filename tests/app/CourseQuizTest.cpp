// A quiz over a whole course: every live lecture's generated questions in lecture order, each
// under its lecture's name, scored, with a wrong answer's flashcard filed under the question's
// lecture; a course without questions says how to get some. Reached from the course page and
// from Study › Quiz This Course.
#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "i18n/Translations.h"
#include "lecture/QuizView.h"
#include "library/CourseDetailsPage.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "shell/MainWindow.h"
#include "study/CourseQuizPage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 5000;

StudyItem quizItem(const QString &question, const QStringList &choices, int answer, const QString &explanation)
{
    StudyItem item;
    item.kind = StudyItemKind::QuizQuestion;
    item.content = {{u"question"_s, question}, {u"choices"_s, QJsonArray::fromStringList(choices)}, {u"answer"_s, answer},
                    {u"explanation"_s, explanation}};
    return item;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 10, d), QTime(10, 15), QTimeZone::utc());
}

class CourseQuizTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // As the app does at start-up; English needs it for plural forms.
        installTranslations(QLocale(QLocale::English), &m_translations);
        library = std::make_unique<TemporaryLibrary>();
    }

    void TearDown() override
    {
        library->closeService();
        window.reset();
        page.reset();
        library.reset();
    }

    void addQuiz(const Lecture &lecture, const QList<StudyItem> &items)
    {
        const QString id = lecture.id;
        ASSERT_TRUE(library->run([id, items](LibraryStore &store) {
            return store.replaceStudyItems(id, StudyItemKind::QuizQuestion, items);
        }).ok());
    }

    // Cell Biology: membranes (oldest, two questions), proteins (one), a deleted lecture (one);
    // Genetics (another course) has a question of its own.
    void seedTwoCourses()
    {
        biology = library->addCourse(u"Cell Biology"_s, u"#3a7bd5"_s);
        const Course genetics = library->addCourse(u"Genetics"_s);
        proteins = library->addLecture(biology.id, u"Transport proteins"_s, day(9), 45 * 60 * 1000);
        membranes = library->addLecture(biology.id, u"Membranes"_s, day(2), 50 * 60 * 1000);
        const Lecture deleted = library->addLecture(biology.id, u"Dropped lecture"_s, day(5), 30 * 60 * 1000);
        const Lecture mendel = library->addLecture(genetics.id, u"Mendel"_s, day(3), 40 * 60 * 1000);
        addQuiz(membranes, {quizItem(u"What keeps water out of the cell?"_s,
                                     {u"Transport proteins"_s, u"The lipid bilayer"_s, u"Ions"_s, u"Osmosis"_s}, 1,
                                     u"The bilayer's fatty inside repels water."_s),
                            quizItem(u"What is a membrane mostly made of?"_s,
                                     {u"Sugars"_s, u"Lipids"_s, u"DNA"_s, u"Water"_s}, 1, u"Mostly phospholipids."_s)});
        addQuiz(proteins, {quizItem(u"What lets ions through a membrane?"_s,
                                    {u"Water"_s, u"Lipids"_s, u"Transport proteins"_s, u"Nothing"_s}, 2,
                                    u"Each transport protein passes its own ions."_s)});
        addQuiz(deleted, {quizItem(u"A question of a deleted lecture?"_s, {u"Yes"_s, u"No"_s}, 0, {})});
        addQuiz(mendel, {quizItem(u"Who crossed peas?"_s, {u"Mendel"_s, u"Darwin"_s}, 0, {})});
        const QString deletedId = deleted.id;
        ASSERT_TRUE(library->run([deletedId](LibraryStore &store) { return store.deleteLecture(deletedId); }).ok());
    }

    CourseQuizPage &openPage(const QString &courseId)
    {
        page = std::make_unique<CourseQuizPage>(library->service());
        page->resize(820, 560);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        page->showCourse(courseId);
        EXPECT_TRUE(QTest::qWaitFor([&] { return page->isLoaded(); }, kTimeoutMs));
        return *page;
    }

    static void answer(QuizView &quiz, int choice)
    {
        ASSERT_LT(choice, quiz.choiceButtons().size());
        // On the button's circle: a radio button only takes clicks on its circle and its text.
        QRadioButton *button = quiz.choiceButtons().at(choice);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        ASSERT_TRUE(button->isChecked());
        QTest::mouseClick(quiz.checkButton(), Qt::LeftButton);
    }

    QList<Flashcard> cardsOf(const Lecture &lecture)
    {
        const QString id = lecture.id;
        const auto cards = library->run([id](LibraryStore &store) { return store.flashcardsForLecture(id); });
        return cards.ok() ? *cards : QList<Flashcard>{};
    }

    QObject m_translations;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<CourseQuizPage> page;
    std::unique_ptr<MainWindow> window;
    Course biology;
    Lecture membranes;
    Lecture proteins;
};

TEST_F(CourseQuizTest, AsksTheQuestionsOfTheCoursesLecturesInLectureOrderAndScoresThem)
{
    seedTwoCourses();
    CourseQuizPage &quizPage = openPage(biology.id);
    QuizView &quiz = *quizPage.quizView();
    EXPECT_EQ(quizPage.titleLabel()->text(), u"Quiz: Cell Biology"_s);
    EXPECT_EQ(quizPage.summaryLabel()->text(), u"3 questions from 2 lectures, oldest lecture first"_s);
    EXPECT_EQ(quiz.generationBar(), nullptr) << "questions are generated in each lecture";
    ASSERT_EQ(quiz.questionCount(), 3) << "not the other course's, nor the deleted lecture's";

    // The oldest lecture first, named above its question.
    EXPECT_TRUE(quiz.lectureLabel()->isVisible());
    EXPECT_EQ(quiz.lectureLabel()->text(), u"Lecture: Membranes"_s);
    answer(quiz, 1);
    EXPECT_TRUE(quiz.feedbackLabel()->text().contains(u"Right."_s));
    EXPECT_FALSE(quiz.makeFlashcardButton()->isVisible());
    QTest::mouseClick(quiz.nextButton(), Qt::LeftButton);

    EXPECT_EQ(quiz.lectureLabel()->text(), u"Lecture: Membranes"_s);
    answer(quiz, 0);
    EXPECT_TRUE(quiz.feedbackLabel()->text().contains(u"Not quite."_s));
    QTest::mouseClick(quiz.nextButton(), Qt::LeftButton);

    // The newer lecture's question; answered wrongly, it becomes a card of that lecture.
    EXPECT_EQ(quiz.lectureLabel()->text(), u"Lecture: Transport proteins"_s);
    answer(quiz, 1);
    EXPECT_TRUE(quiz.feedbackLabel()->text().contains(u"Transport proteins"_s)) << "the right answer is shown";
    ASSERT_TRUE(quiz.makeFlashcardButton()->isVisible());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_TRUE(quizPage.grab().save(screenshotPath(u"course-quiz.png"_s)));

    QSignalSpy made(&quiz, &QuizView::flashcardMade);
    QTest::mouseClick(quiz.makeFlashcardButton(), Qt::LeftButton);
    ASSERT_TRUE(made.wait(kTimeoutMs));
    const QList<Flashcard> proteinCards = cardsOf(proteins);
    ASSERT_EQ(proteinCards.size(), 1);
    EXPECT_EQ(proteinCards[0].front, u"What lets ions through a membrane?"_s);
    EXPECT_EQ(proteinCards[0].back, u"Transport proteins"_s);
    EXPECT_TRUE(cardsOf(membranes).isEmpty()) << "the card belongs to the question's lecture";

    EXPECT_EQ(quiz.nextButton()->text(), u"See your score"_s);
    QTest::mouseClick(quiz.nextButton(), Qt::LeftButton);
    ASSERT_TRUE(quiz.isFinished());
    EXPECT_EQ(quiz.scoreLabel()->text(), u"1 / 3"_s);
}

TEST_F(CourseQuizTest, ACourseWithoutQuestionsSaysWhereToMakeThem)
{
    const Course course = library->addCourse(u"Ecology"_s);
    library->addLecture(course.id, u"Food webs"_s, day(4), 40 * 60 * 1000);
    CourseQuizPage &quizPage = openPage(course.id);
    QuizView &quiz = *quizPage.quizView();
    EXPECT_EQ(quiz.questionCount(), 0);
    EXPECT_EQ(quizPage.titleLabel()->text(), u"Quiz: Ecology"_s);
    ASSERT_TRUE(quiz.emptyLabel()->isVisible());
    EXPECT_TRUE(quiz.emptyLabel()->text().contains(u"Generate a quiz in a lecture's Quiz tab first"_s))
        << quiz.emptyLabel()->text().toStdString();
    EXPECT_FALSE(quiz.checkButton()->isVisible());
}

TEST_F(CourseQuizTest, TheCoursePageAndTheStudyMenuOpenTheSelectedCoursesQuiz)
{
    Settings settings;
    settings.reset(Setting::WindowGeometry);
    settings.reset(Setting::WindowState);
    seedTwoCourses();
    window = std::make_unique<MainWindow>(&library->service());
    window->resize(1000, 640);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));
    auto *quizAction = window->findChild<QAction *>(u"quizCourseAction"_s);
    ASSERT_TRUE(quizAction);

    // Nothing chosen: nothing to quiz.
    emit window->studyMenu()->aboutToShow();
    EXPECT_FALSE(quizAction->isEnabled());

    ASSERT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->indexOfCourse(biology.id).isValid(); }, kTimeoutMs));
    window->sidebar()->selectIndex(window->libraryModel()->indexOfCourse(biology.id));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Course; }, kTimeoutMs));
    QPushButton *button = window->courseDetailsPage()->quizButton();
    ASSERT_TRUE(QTest::qWaitFor([&] { return button->isEnabled(); }, kTimeoutMs)) << "the course has lectures";
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Standalone);
    auto *quizPage = window->findChild<CourseQuizPage *>();
    ASSERT_TRUE(quizPage);
    ASSERT_TRUE(QTest::qWaitFor([&] { return quizPage->isLoaded(); }, kTimeoutMs));
    EXPECT_TRUE(quizPage->isVisible());
    EXPECT_EQ(quizPage->quizView()->questionCount(), 3);

    // From a lecture of the course, the menu quizzes its course afresh.
    window->sidebar()->selectIndex(window->libraryModel()->indexOfLecture(proteins.id));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Lecture; }, kTimeoutMs));
    emit window->studyMenu()->aboutToShow();
    ASSERT_TRUE(quizAction->isEnabled());
    quizAction->trigger();
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Standalone);
    ASSERT_TRUE(QTest::qWaitFor([&] { return quizPage->isLoaded(); }, kTimeoutMs));
    EXPECT_EQ(quizPage->courseId(), biology.id);
    EXPECT_EQ(quizPage->quizView()->currentQuestion(), 0);
}

} // namespace
