#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "lecture/LectureView.h"
#include "library/LectureDetailsPage.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "library/LibraryStore.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"
#include "study/RatingButton.h"
#include "study/ReviewCardEditor.h"
#include "study/ReviewController.h"
#include "study/ReviewFormat.h"
#include "study/ReviewPage.h"
#include "study/ReviewSession.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 5000;
constexpr qint64 kMinuteMs = 60'000;

class ReviewPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        biology = library.addCourse(u"Cell Biology"_s, u"#22c55e"_s);
        membranes = library.addLecture(biology.id, u"Membranes and transport"_s, QDateTime::currentDateTimeUtc(),
                                       3'600'000);
    }

    void TearDown() override
    {
        // The page's answers are addressed to it, so the library's work ends first.
        page.reset();
    }

    QString addCard(const QString &front, const QString &back, const QString &lectureId = {},
                    const QString &segmentId = {})
    {
        Flashcard draft;
        draft.lectureId = lectureId.isEmpty() ? membranes.id : lectureId;
        draft.front = front;
        draft.back = back;
        draft.sourceSegmentId = segmentId;
        const Result<Flashcard> card = library.run([draft](LibraryStore &store) { return store.createFlashcard(draft); });
        EXPECT_TRUE(card.ok());
        return card.ok() ? card->id : QString();
    }

    // Opens the page on today's cards, at noon in the student's time zone, so that a learning step
    // taken during the test never runs past the end of the study day.
    void openPage()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
        clock.set(now);
        const int utcSeconds = now.time().msecsSinceStartOfDay() / 1000;
        options.timeZone = QTimeZone((12 * 3600 - utcSeconds) / 60 * 60);
        options.dayStartHour = 4;
        page = std::make_unique<ReviewPage>(library.service(), clock, options);
        page->resize(860, 620);
        page->show();
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
        page->startReview();
        settle();
        ASSERT_EQ(snapshot().state, ReviewSnapshot::State::Card);
        ASSERT_TRUE(page->hasFocus());
    }

    const ReviewSnapshot &snapshot() const { return page->controller()->snapshot(); }

    void settle()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !page->controller()->isBusy(); }, kTimeoutMs));
    }

    // A key as the student presses it: to whatever has the keyboard focus.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, Qt::Key(key), modifiers);
        settle();
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = page->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << qPrintable(name);
        return found;
    }

    QString text(const QString &labelName) const { return child<QLabel>(labelName)->text(); }
    bool backShown() const { return child<QLabel>(u"reviewBack"_s)->isVisible(); }
    RatingButton *rateButton(const QString &name) const { return child<RatingButton>(name); }

    QList<ReviewLogEntry> reviewLog(const QString &cardId)
    {
        const auto log = library.run([cardId](LibraryStore &store) { return store.reviewLog(cardId); });
        EXPECT_TRUE(log.ok());
        return log.ok() ? *log : QList<ReviewLogEntry>{};
    }

    QStringList studyableNewCards()
    {
        const QDateTime now = clock.now();
        const QString courseId = biology.id;
        const auto ids = library.run([=](LibraryStore &store) { return store.newCardIds(now, courseId, 100); });
        EXPECT_TRUE(ids.ok());
        return ids.ok() ? *ids : QStringList{};
    }

    TemporaryLibrary library;
    ManualClock clock;
    StudyQueueOptions options;
    Course biology;
    Lecture membranes;
    std::unique_ptr<ReviewPage> page;
};

struct PaletteGuard
{
    QPalette original = QApplication::palette();
    ~PaletteGuard() { QApplication::setPalette(original); }
};

TEST_F(ReviewPageTest, AWholeSittingFromTheKeyboard)
{
    const QString atp = addCard(u"What does ATP stand for?"_s, u"Adenosine triphosphate"_s);
    const QString dna = addCard(u"Where is most of a cell's DNA?"_s, u"In the nucleus"_s);
    const QString ribosome = addCard(u"What do ribosomes make?"_s, u"Proteins"_s);
    openPage();

    // The front of the oldest new card, nothing answered yet.
    EXPECT_EQ(text(u"reviewFront"_s), u"What does ATP stand for?"_s);
    EXPECT_FALSE(backShown());
    EXPECT_EQ(text(u"reviewCounts"_s), u"0 due · 3 new"_s);
    EXPECT_EQ(text(u"reviewProgress"_s), u"0 done · 3 left"_s);
    EXPECT_FALSE(rateButton(u"rateGoodButton"_s)->isVisible());
    // Answering before the back is shown does nothing.
    press(Qt::Key_3);
    EXPECT_TRUE(reviewLog(atp).isEmpty());
    EXPECT_TRUE(page->grab().save(screenshotPath(u"review.png"_s)));

    // Space shows the back and the four answers, each with when the card would come back.
    press(Qt::Key_Space);
    EXPECT_TRUE(backShown());
    EXPECT_EQ(text(u"reviewBack"_s), u"Adenosine triphosphate"_s);
    FsrsCard fresh;
    fresh.id = atp;
    const FsrsOutcomes promised = FsrsScheduler().preview(fresh, clock.now());
    const QStringList names{u"rateAgainButton"_s, u"rateHardButton"_s, u"rateGoodButton"_s, u"rateEasyButton"_s};
    for (int i = 0; i < 4; ++i) {
        RatingButton *button = rateButton(names[i]);
        EXPECT_TRUE(button->isVisible());
        EXPECT_EQ(button->interval(), ReviewSession::intervalLabel(promised[std::size_t(i)].interval));
    }
    // The default first learning step.
    EXPECT_EQ(rateButton(u"rateGoodButton"_s)->interval(), u"10 min"_s);
    EXPECT_EQ(rateButton(u"rateGoodButton"_s)->accessibleName(), u"Good, again in 10 min"_s);
    EXPECT_TRUE(page->grab().save(screenshotPath(u"review-revealed.png"_s)));

    // 3 answers Good: logged, and the next card is shown; the answered one comes back later.
    clock.advanceMs(8000);
    press(Qt::Key_3);
    ASSERT_EQ(reviewLog(atp).size(), 1);
    EXPECT_EQ(reviewLog(atp).first().rating, 3);
    EXPECT_EQ(text(u"reviewFront"_s), u"Where is most of a cell's DNA?"_s);
    EXPECT_FALSE(backShown());
    EXPECT_EQ(text(u"reviewProgress"_s), u"1 done · 3 left"_s);
    EXPECT_EQ(text(u"reviewCounts"_s), u"1 due · 2 new"_s);

    // Ctrl+Z takes it back: the card returns, and its review leaves the library.
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(text(u"reviewFront"_s), u"What does ATP stand for?"_s);
    EXPECT_TRUE(reviewLog(atp).isEmpty());
    EXPECT_EQ(text(u"reviewProgress"_s), u"0 done · 3 left"_s);
    press(Qt::Key_Space);
    press(Qt::Key_3);
    EXPECT_EQ(text(u"reviewFront"_s), u"Where is most of a cell's DNA?"_s);

    // S suspends the card: gone from this sitting and from the cards there are to study.
    press(Qt::Key_S);
    EXPECT_EQ(text(u"reviewFront"_s), u"What do ribosomes make?"_s);
    EXPECT_FALSE(studyableNewCards().contains(dna));
    EXPECT_TRUE(reviewLog(dna).isEmpty());

    // E corrects the card in place, on disk, without touching its schedule.
    const auto scheduleOf = [&](const QString &id) {
        const auto schedule = library.run([id](LibraryStore &store) { return store.cardSchedule(id); });
        EXPECT_TRUE(schedule.ok());
        return schedule.ok() ? *schedule : std::optional<CardSchedule>();
    };
    const std::optional<CardSchedule> before = scheduleOf(ribosome);
    press(Qt::Key_E);
    auto *editor = child<ReviewCardEditor>(u"reviewCardEditor"_s);
    ASSERT_TRUE(editor->isVisible());
    ASSERT_EQ(QApplication::focusWidget(), editor->frontEdit());
    QTest::keyClicks(editor->frontEdit(), u"What do ribosomes build?"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), editor->backEdit());
    QTest::keyClick(editor->backEdit(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor->backEdit(), u", from amino acids"_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(editor->isVisible());
    EXPECT_EQ(text(u"reviewFront"_s), u"What do ribosomes build?"_s);
    const Result<Flashcard> stored = library.run([ribosome](LibraryStore &store) { return store.flashcard(ribosome); });
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->front, u"What do ribosomes build?"_s);
    EXPECT_EQ(stored->back, u"Proteins, from amino acids"_s);
    EXPECT_EQ(scheduleOf(ribosome), before);
    EXPECT_TRUE(page->hasFocus()) << "keys answer the card again after saving";

    // B buries it until tomorrow; what is left is the ATP card's learning step, shown early.
    press(Qt::Key_B);
    EXPECT_FALSE(studyableNewCards().contains(ribosome));
    EXPECT_EQ(text(u"reviewFront"_s), u"What does ATP stand for?"_s);
    EXPECT_EQ(snapshot().kind, QueuedCard::Kind::Learning);
    press(Qt::Key_Space);
    press(Qt::Key_3);

    // Nothing left: the finished state says when the next card comes, here the buried one at
    // the start of the next study day (4 am).
    ASSERT_EQ(snapshot().state, ReviewSnapshot::State::Finished);
    EXPECT_EQ(text(u"reviewMessageTitle"_s), u"All done for today"_s);
    const QDate tomorrow = clock.now().toTimeZone(options.timeZone).date().addDays(1);
    const QDateTime dayStart(tomorrow, QTime(4, 0), options.timeZone);
    EXPECT_EQ(text(u"reviewMessageDetail"_s),
              u"Next card due tomorrow at %1."_s.arg(ReviewFormat::timeOfDay(dayStart, options.timeZone)));
    EXPECT_FALSE(ReviewFormat::timeOfDay(dayStart, options.timeZone).contains(u":00:00"_s)) << "no seconds";
    EXPECT_TRUE(page->grab().save(screenshotPath(u"review-finished.png"_s)));
    EXPECT_EQ(text(u"reviewProgress"_s), u"2 done · 0 left"_s);
    EXPECT_EQ(reviewLog(atp).size(), 2);
    EXPECT_FALSE(child<QToolButton>(u"reviewEdit"_s)->isVisible());
}

TEST_F(ReviewPageTest, ShowInLectureNamesTheLectureAndTheMoment)
{
    const QString lectureId = membranes.id;
    ASSERT_TRUE(library.run([lectureId](LibraryStore &store) {
        return store.replaceSegments(lectureId, {{u"seg-1"_s, lectureId, 0, 95'000, u"Welcome."_s, {}, {}, {}},
                                                 {u"seg-2"_s, lectureId, 95'000, 120'000, u"Osmosis is…"_s, {}, {}, {}}});
    }).ok());
    addCard(u"What is osmosis?"_s, u"Water moving towards solutes"_s, lectureId, u"seg-2"_s);
    addCard(u"Written by hand"_s, u"No lecture moment"_s);
    openPage();
    QSignalSpy requested(page.get(), &ReviewPage::showInLectureRequested);

    EXPECT_TRUE(child<QToolButton>(u"reviewShowInLecture"_s)->isEnabled());
    press(Qt::Key_L);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().at(0).toString(), lectureId);
    EXPECT_EQ(requested.first().at(1).toLongLong(), 95'000);

    // A card written by hand has no moment to go to.
    press(Qt::Key_Space);
    press(Qt::Key_4);
    ASSERT_EQ(text(u"reviewFront"_s), u"Written by hand"_s);
    EXPECT_FALSE(child<QToolButton>(u"reviewShowInLecture"_s)->isEnabled());
    press(Qt::Key_L);
    EXPECT_EQ(requested.size(), 1);
}

TEST_F(ReviewPageTest, WaitsForALearningCardAndShowsItWhenDue)
{
    const QString card = addCard(u"What is diffusion?"_s, u"Spreading from high to low concentration"_s);
    options.learnAhead = std::chrono::minutes(0);
    openPage();
    press(Qt::Key_Space);
    press(Qt::Key_3);

    ASSERT_EQ(snapshot().state, ReviewSnapshot::State::Waiting);
    const QDateTime due = snapshot().waitingUntil;
    EXPECT_EQ(clock.now().msecsTo(due), 10 * kMinuteMs);
    EXPECT_EQ(text(u"reviewMessageTitle"_s), u"Next card at %1"_s.arg(ReviewFormat::timeOfDay(due, options.timeZone)));
    EXPECT_EQ(text(u"reviewCounts"_s), u"1 due · 0 new"_s);
    // One wake-up at the due time, not polling.
    auto *timer = child<QTimer>(u"reviewWaitTimer"_s);
    ASSERT_TRUE(timer->isActive());
    EXPECT_GT(timer->remainingTime(), 9 * kMinuteMs);
    EXPECT_LE(timer->remainingTime(), 10 * kMinuteMs);

    // Ten minutes on, the timer's wake-up brings the card back (fast-forwarded, not waited for).
    clock.advanceMs(10 * kMinuteMs);
    QSignalSpy changed(page->controller(), &ReviewController::snapshotChanged);
    timer->start(0);
    ASSERT_TRUE(changed.wait(kTimeoutMs));
    settle();
    ASSERT_EQ(snapshot().state, ReviewSnapshot::State::Card);
    EXPECT_EQ(snapshot().card.id, card);
    EXPECT_EQ(text(u"reviewFront"_s), u"What is diffusion?"_s);
    EXPECT_FALSE(timer->isActive());
}

TEST_F(ReviewPageTest, ChoosingACourseReviewsOnlyItsCards)
{
    const Course algebra = library.addCourse(u"Linear Algebra"_s);
    const Lecture vectors = library.addLecture(algebra.id, u"Vectors"_s, QDateTime::currentDateTimeUtc(), 60'000);
    addCard(u"What is a cell membrane made of?"_s, u"A lipid bilayer"_s);
    addCard(u"What is a basis?"_s, u"Independent vectors that span the space"_s, vectors.id);
    addCard(u"What is a span?"_s, u"All linear combinations"_s, vectors.id);
    openPage();
    EXPECT_EQ(text(u"reviewCounts"_s), u"0 due · 3 new"_s);

    // The course list arrives from the library; then the arrow keys choose from it.
    auto *courses = child<QComboBox>(u"reviewCourseChoice"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return courses->count() == 3; }, kTimeoutMs));
    const int algebraIndex = courses->findData(algebra.id);
    ASSERT_GT(algebraIndex, 0);
    // Alt+C (the label's mnemonic) reaches the list, Alt+Down opens it, arrows and Return choose.
    press(Qt::Key_C, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget(), courses);
    press(Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return courses->view()->isVisible(); }, kTimeoutMs));
    for (int i = courses->view()->currentIndex().row(); i < algebraIndex; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Return);
    EXPECT_EQ(page->courseId(), algebra.id);
    EXPECT_EQ(snapshot().courseId, algebra.id);
    EXPECT_EQ(text(u"reviewCounts"_s), u"0 due · 2 new"_s);
    EXPECT_EQ(text(u"reviewFront"_s), u"What is a basis?"_s);
    // The keys answer the cards again, not the course list. (Offscreen, closing the list leaves
    // no window active; a desktop gives the activation back by itself.)
    page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->hasFocus(); }, kTimeoutMs));
    press(Qt::Key_Space);
    EXPECT_TRUE(backShown());
}

TEST_F(ReviewPageTest, ReviewingFromTheWindowAndHearingACardInItsLecture)
{
    const QString lectureId = membranes.id;
    ASSERT_TRUE(library.run([lectureId](LibraryStore &store) {
        return store.replaceSegments(lectureId, {{u"seg-1"_s, lectureId, 0, 95'000, u"Welcome."_s, {}, {}, {}},
                                                 {u"seg-2"_s, lectureId, 95'000, 120'000, u"Osmosis is…"_s, {}, {}, {}}});
    }).ok());
    addCard(u"What is osmosis?"_s, u"Water moving towards solutes"_s, lectureId, u"seg-2"_s);
    {
        // A first launch, not the previous test's window layout.
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
    }
    auto window = std::make_unique<MainWindow>(&library.service());
    window->resize(1000, 640);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));

    auto *review = window->findChild<QAction *>(u"reviewDueCardsAction"_s);
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    EXPECT_EQ(window->studyMenu()->actions().value(0), review);

    // Ctrl+R shows the review page in the middle of the window, on the card due.
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Standalone);
    auto *reviewPage = qobject_cast<ReviewPage *>(window->standalonePage());
    ASSERT_NE(reviewPage, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return reviewPage->controller()->snapshot().state == ReviewSnapshot::State::Card; }, kTimeoutMs));
    EXPECT_EQ(reviewPage->findChild<QLabel *>(u"reviewFront"_s)->text(), u"What is osmosis?"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return reviewPage->hasFocus(); }, kTimeoutMs));

    // Ctrl+Z takes an answer back here, though the window's Edit › Undo has the same key.
    const QString cardId = reviewPage->controller()->snapshot().card.id;
    const auto pressInWindow = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        return QTest::qWaitFor([&] { return !reviewPage->controller()->isBusy(); }, kTimeoutMs);
    };
    ASSERT_TRUE(pressInWindow(Qt::Key_Space));
    ASSERT_TRUE(pressInWindow(Qt::Key_3));
    ASSERT_EQ(reviewLog(cardId).size(), 1);
    ASSERT_TRUE(pressInWindow(Qt::Key_Z, Qt::ControlModifier));
    EXPECT_TRUE(reviewLog(cardId).isEmpty());
    EXPECT_EQ(reviewPage->controller()->snapshot().card.id, cardId);

    // L opens the card's lecture at its moment, on the transcript.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L);
    EXPECT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Membranes and transport"_s);
    EXPECT_EQ(window->sidebar()->selectedIndex(), window->libraryModel()->indexOfLecture(lectureId));
    EXPECT_EQ(window->lectureDetailsPage()->lectureView()->tabs()->currentIndex(), 0) << "the transcript tab";

    // The service's last answers are addressed to the window's objects: it goes first.
    library.closeService();
    window.reset();
}

TEST_F(ReviewPageTest, FollowsTheDarkPalette)
{
    const QString lectureId = membranes.id;
    ASSERT_TRUE(library.run([lectureId](LibraryStore &store) {
        return store.replaceSegments(lectureId, {{u"seg-1"_s, lectureId, 0, 95'000, u"Osmosis."_s, {}, {}, {}}});
    }).ok());
    addCard(u"Which way does water move in osmosis?"_s, u"Towards the higher concentration of solutes"_s, lectureId,
            u"seg-1"_s);
    addCard(u"What is active transport?"_s, u"Moving molecules against their gradient, using energy"_s);

    PaletteGuard guard;
    // What the Dark theme in Preferences applies.
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);
    openPage();
    press(Qt::Key_Space);
    const QImage shot = page->grab().toImage();
    EXPECT_TRUE(shot.save(screenshotPath(u"review-dark.png"_s)));

    // The page and the card's sheet come from the palette.
    EXPECT_EQ(shot.pixelColor(page->width() - 8, page->height() / 2), dark.color(QPalette::Window));
    auto *card = child<QWidget>(u"reviewCard"_s);
    EXPECT_EQ(shot.pixelColor(card->mapTo(page.get(), QPoint(card->width() / 2, card->height() - 8))),
              dark.color(QPalette::Base));
}

} // namespace
