#include "FakePlaybackController.h"
#include "TemporaryLibrary.h"

#include "base/Clock.h"
#include "i18n/Translations.h"
#include "lecture/ListeningTracker.h"
#include "library/LibraryStore.h"
#include "progress/BarChart.h"
#include "progress/CalendarHeatmap.h"
#include "progress/DashboardPage.h"
#include "progress/ProgressFeature.h"
#include "progress/ProgressModel.h"
#include "progress/ReminderScheduler.h"
#include "settings/Theme.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lectern::test {
namespace {

constexpr int kTimeoutMs = 10000;

// Thursday 2026-03-12, 16:00 local time: "now" for every test here.
QDate today()
{
    return QDate(2026, 3, 12);
}

QDateTime localTime(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::systemTimeZone());
}

class DashboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        // As the app does at start-up; English needs it for plural forms.
        installTranslations(QLocale(QLocale::English), &m_translations);
        settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        clock.set(localTime(today(), 16));
        library = std::make_unique<TemporaryLibrary>();
        course = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
        lecture = library->addLecture(course.id, u"Membranes and transport"_s, localTime(today().addDays(-20), 10), 3'127'000);
    }

    void TearDown() override
    {
        // Queued answers are addressed to the widgets, so the service goes first.
        library->closeService();
        page.reset();
        feature.reset();
        window.reset();
        model.reset();
    }

    QStringList addCards(int count)
    {
        return library->run([this, count](LibraryStore &store) -> Result<QStringList> {
            QStringList ids;
            for (int i = 0; i < count; ++i) {
                Flashcard draft;
                draft.lectureId = lecture.id;
                draft.front = u"Question %1"_s.arg(i);
                draft.back = u"Answer %1"_s.arg(i);
                auto card = store.createFlashcard(draft);
                if (!card)
                    return card.error();
                ids.append(card->id);
            }
            return ids;
        }).value();
    }

    // `count` reviews of `cardId` at `at`, and the card then due at `due`.
    void review(const QString &cardId, const QDateTime &at, int count, const QDateTime &due)
    {
        const Status stored = library->run([=](LibraryStore &store) -> Status {
            return store.transaction([&]() -> Status {
                for (int i = 0; i < count; ++i) {
                    ReviewLogEntry entry;
                    entry.cardId = cardId;
                    entry.reviewedAt = at.addSecs(i * 30);
                    entry.rating = 3;
                    entry.elapsedMs = 8'000;
                    entry.stateBefore = i == 0 ? 0 : 2;
                    entry.stateAfter = 2;
                    if (auto appended = store.appendReview(entry); !appended)
                        return appended.error();
                }
                CardSchedule schedule;
                schedule.cardId = cardId;
                schedule.state = 2;
                schedule.stability = 5;
                schedule.due = due;
                schedule.lastReview = at;
                schedule.reps = count;
                return store.putCardSchedule(schedule);
            });
        });
        ASSERT_TRUE(stored.ok()) << qPrintable(stored.error().message);
    }

    void openPage()
    {
        model = std::make_unique<ProgressModel>(library->service(), clock, *settings);
        page = std::make_unique<DashboardPage>(model.get());
        page->resize(1100, 1300);
        page->show();
        ASSERT_TRUE(QTest::qWaitFor([&] { return model->isLoaded(); }, kTimeoutMs));
    }

    // Waits for the model to load again after a change to the library.
    void waitForReload(QSignalSpy &loaded)
    {
        ASSERT_TRUE(loaded.count() > 0 || loaded.wait(kTimeoutMs));
        loaded.clear();
    }

    QObject m_translations;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> settings;
    ManualClock clock;
    std::unique_ptr<TemporaryLibrary> library;
    Course course;
    Lecture lecture;
    std::unique_ptr<ProgressModel> model;
    std::unique_ptr<DashboardPage> page;
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<ProgressFeature> feature;
};

TEST_F(DashboardTest, ChartsAndStreakFollowNewReviews)
{
    const QStringList cards = addCards(2);
    openPage();
    EXPECT_EQ(page->heatmap()->count(today()), 0);
    EXPECT_EQ(page->heatmap()->level(today()), 0);
    EXPECT_EQ(page->currentStreakLabel()->text(), u"0"_s);
    ASSERT_EQ(page->forecastChart()->barCount(), 30);
    EXPECT_EQ(page->forecastChart()->bar(3).total(), 0);

    QSignalSpy loaded(model.get(), &ProgressModel::loaded);
    review(cards[0], localTime(today().addDays(-1), 18), 2, localTime(today().addDays(3), 12));
    review(cards[1], localTime(today(), 9), 5, localTime(today().addDays(3), 15));
    waitForReload(loaded);
    // Both reviews came in one change each; the page shows the state after the last.
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->heatmap()->count(today()) == 5; }, kTimeoutMs));

    EXPECT_EQ(page->heatmap()->count(today().addDays(-1)), 2);
    EXPECT_EQ(page->heatmap()->level(today()), 4);
    const QString todaysTip = page->heatmap()->toolTipFor(today());
    EXPECT_TRUE(todaysTip.startsWith(u"5 review"_s)) << qPrintable(todaysTip);
    EXPECT_TRUE(todaysTip.endsWith(QLocale().toString(today(), QLocale::LongFormat))) << qPrintable(todaysTip);
    EXPECT_EQ(page->forecastChart()->bar(3).total(), 2);
    const QString forecastTip = page->forecastChart()->bar(3).toolTip;
    EXPECT_TRUE(forecastTip.startsWith(u"2 card"_s)) << qPrintable(forecastTip);
    EXPECT_TRUE(forecastTip.endsWith(QLocale().toString(today().addDays(3), QLocale::LongFormat))) << qPrintable(forecastTip);
    EXPECT_GT(page->forecastChart()->barRect(3).height(), page->forecastChart()->barRect(2).height());
    EXPECT_EQ(page->currentStreakLabel()->text(), u"2"_s);
    EXPECT_EQ(page->longestStreakLabel()->text(), u"2"_s);
    // Reviewing time today: five answers of 8 s each.
    const BarChart::Bar todaysTime = page->studyTimeChart()->bar(page->studyTimeChart()->barCount() - 1);
    EXPECT_DOUBLE_EQ(todaysTime.values.value(0), 40'000 / 60'000.0);
    // The lecture was recorded 20 days ago: 52 min 7 s of recording on that day.
    const BarChart::Bar recordingDay = page->studyTimeChart()->bar(page->studyTimeChart()->barCount() - 21);
    EXPECT_DOUBLE_EQ(recordingDay.values.value(1), 3'127'000 / 60'000.0);
    // Both cards are in review now.
    ASSERT_EQ(page->cardsChart()->barCount(), 1);
    EXPECT_EQ(page->cardsChart()->bar(0).label, u"Cell Biology"_s);
    EXPECT_EQ(page->cardsChart()->bar(0).values, (QList<double>{0, 0, 2, 0}));
}

TEST_F(DashboardTest, PlayingALectureBackShowsAsListeningTime)
{
    openPage();
    BarChart *chart = page->studyTimeChart();
    const auto listenedToday = [&] { return chart->bar(chart->barCount() - 1).values.value(2); };
    EXPECT_EQ(listenedToday(), 0.0);

    QSignalSpy loaded(model.get(), &ProgressModel::loaded);
    FakePlaybackController player;
    player.setSource(QUrl::fromLocalFile(u"membranes.m4a"_s));
    {
        ListeningTracker tracker(&library->service(), &player, clock);
        tracker.setLecture(lecture.id);
        // Starting playback to find a moment is not listening.
        player.play();
        clock.advanceMs(3'000);
        player.pause();
        player.play();
        clock.advanceMs(12 * 60'000);
        player.pause();
        waitForReload(loaded);
        ASSERT_TRUE(QTest::qWaitFor([&] { return listenedToday() > 0; }, kTimeoutMs));
        // The short play was saved first if at all, so today holds exactly the twelve minutes.
        EXPECT_DOUBLE_EQ(listenedToday(), 12.0);
        EXPECT_TRUE(chart->bar(chart->barCount() - 1).toolTip.contains(u"listening"_s));
        EXPECT_EQ(page->currentStreakLabel()->text(), u"1"_s);

        // Closing the lecture while it plays still counts what was heard.
        player.play();
        clock.advanceMs(30'000);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return listenedToday() > 12.0; }, kTimeoutMs));
    EXPECT_DOUBLE_EQ(listenedToday(), 12.5);
    EXPECT_EQ(chart->bar(chart->barCount() - 2).values.value(2), 0.0);
}

TEST_F(DashboardTest, ReachingAnAchievementIsAnnouncedOnceWithItsDate)
{
    // Two cards, so one review does not yet review the whole course.
    const QStringList cards = addCards(2);
    window = std::make_unique<QMainWindow>();
    window->menuBar()->addMenu(u"Study"_s)->setObjectName(u"studyMenu"_s);
    feature = std::make_unique<ProgressFeature>(library->service(), window.get(), clock, settings.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return feature->model()->isLoaded(); }, kTimeoutMs));
    EXPECT_TRUE(window->menuBar()->findChild<QMenu *>(u"studyMenu"_s)->actions().contains(feature->showAction()));

    QSignalSpy notified(feature.get(), &ProgressFeature::notified);
    review(cards[0], localTime(today(), 10), 1, localTime(today().addDays(1), 10));
    ASSERT_TRUE(notified.wait(kTimeoutMs));
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified[0][0].toString(), u"Achievement reached: First review"_s);

    // No system tray offscreen: the dashboard carries a banner instead.
    feature->showDashboard();
    EXPECT_TRUE(feature->dashboard()->banner()->isVisible());
    EXPECT_TRUE(feature->dashboard()->banner()->text().contains(u"First review"_s));
    const QTreeWidget *list = feature->dashboard()->achievementList();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->data(0, Qt::UserRole) == u"first-review"_s)
                return list->topLevelItem(row)->text(2) == QLocale().toString(today(), QLocale::LongFormat);
        }
        return false;
    }, kTimeoutMs));

    // Another review reloads the numbers but announces nothing new.
    QSignalSpy loaded(feature->model(), &ProgressModel::loaded);
    review(cards[0], localTime(today(), 11), 1, localTime(today().addDays(2), 10));
    waitForReload(loaded);
    EXPECT_EQ(notified.count(), 1);
    // The lecture recorded weeks ago counts as announced: opening Lectern does not replay history.
    EXPECT_EQ(settings->value(u"study/announcedAchievements"_s).toStringList(),
              (QStringList{u"first-lecture"_s, u"first-review"_s}));
}

TEST_F(DashboardTest, DailyReminderSaysHowManyCardsAreDue)
{
    const QStringList cards = addCards(3);
    review(cards[0], localTime(today().addDays(-3), 10), 1, localTime(today(), 9));
    review(cards[1], localTime(today().addDays(-3), 10), 1, localTime(today(), 20));
    review(cards[2], localTime(today().addDays(-3), 10), 1, localTime(today().addDays(4), 9));
    clock.set(localTime(today(), 17, 59).addSecs(59).addMSecs(800));

    ReminderScheduler reminders(library->service(), clock);
    EXPECT_FALSE(reminders.nextReminder().isValid());
    QSignalSpy due(&reminders, &ReminderScheduler::reminderDue);
    reminders.setReminder(true, QTime(18, 0));
    EXPECT_EQ(reminders.nextReminder(), localTime(today(), 18));

    ASSERT_TRUE(due.wait(kTimeoutMs));
    // Due before today's study day ends: the overdue card and the one due tonight.
    EXPECT_EQ(due[0][0].toInt(), 2);
    EXPECT_EQ(reminders.nextReminder(), localTime(today().addDays(1), 18));

    reminders.setReminder(false, QTime(18, 0));
    EXPECT_FALSE(reminders.nextReminder().isValid());
}

TEST_F(DashboardTest, ReminderChoiceIsKeptInSettings)
{
    window = std::make_unique<QMainWindow>();
    feature = std::make_unique<ProgressFeature>(library->service(), window.get(), clock, settings.get());
    EXPECT_FALSE(feature->reminders()->isEnabled());
    feature->dashboard()->reminderTimeEdit()->setTime(QTime(7, 30));
    feature->dashboard()->reminderCheckBox()->setChecked(true);
    EXPECT_TRUE(feature->reminders()->isEnabled());
    EXPECT_EQ(feature->reminders()->nextReminder(), localTime(today().addDays(1), 7, 30));
    EXPECT_EQ(settings->value(u"study/reminderTime"_s).toString(), u"07:30"_s);

    auto second = std::make_unique<ProgressFeature>(library->service(), window.get(), clock, settings.get());
    EXPECT_TRUE(second->reminders()->isEnabled());
    EXPECT_TRUE(second->dashboard()->reminderCheckBox()->isChecked());
    EXPECT_EQ(second->dashboard()->reminderTimeEdit()->time(), QTime(7, 30));
}

// A year of a student's study, for the screenshots: three courses, a recorded lecture a week,
// reviews on most days with a run of recent days, and cards due over the coming month.
void seedYear(TemporaryLibrary &library)
{
    const Status seeded = library.run([](LibraryStore &store) -> Status {
        return store.transaction([&]() -> Status {
            QRandomGenerator random(20260312);
            const QStringList courseNames{u"Cell Biology"_s, u"Linear Algebra"_s, u"Organic Chemistry"_s};
            const QStringList colours{u"#22c55e"_s, u"#3b82f6"_s, u"#f97316"_s};
            QStringList cardIds;
            for (int c = 0; c < courseNames.size(); ++c) {
                auto course = store.createCourse(courseNames[c], colours[c]);
                if (!course)
                    return course.error();
                for (int l = 0; l < 4; ++l) {
                    Lecture draft;
                    draft.courseId = course->id;
                    draft.title = u"Lecture %1"_s.arg(l + 1);
                    draft.recordedAt = localTime(today().addDays(-7 * (4 * l + c) - 2), 10);
                    draft.durationMs = 60'000 * (55 + random.bounded(35));
                    auto lecture = store.createLecture(draft);
                    if (!lecture)
                        return lecture.error();
                    for (int i = 0; i < 16 + c * 6; ++i) {
                        Flashcard card;
                        card.lectureId = lecture->id;
                        card.front = u"Question %1"_s.arg(i);
                        card.back = u"Answer"_s;
                        auto made = store.createFlashcard(card);
                        if (!made)
                            return made.error();
                        cardIds.append(made->id);
                    }
                }
            }
            for (int back = 364; back >= 0; --back) {
                const QDate day = today().addDays(-back);
                // Most days, more on weekdays, a break now and then; the last twelve days all studied.
                const bool skipped = back > 11 && (random.bounded(100) < (day.dayOfWeek() >= 6 ? 45 : 18));
                if (skipped || (back > 11 && back < 15))
                    continue;
                const int count = back == 0 ? 34 : 8 + random.bounded(day.dayOfWeek() >= 6 ? 25 : 60);
                for (int i = 0; i < count; ++i) {
                    ReviewLogEntry entry;
                    entry.cardId = cardIds[random.bounded(int(cardIds.size()))];
                    entry.reviewedAt = localTime(day, 8 + i % 12, (i * 7) % 60);
                    const int roll = int(random.bounded(100));
                    entry.rating = roll < 11 ? 1 : roll < 22 ? 2 : roll < 90 ? 3 : 4;
                    entry.elapsedMs = 5'000 + random.bounded(18'000);
                    entry.stateBefore = roll % 9 == 0 ? 1 : 2;
                    entry.stateAfter = entry.rating == 1 ? 3 : 2;
                    if (auto appended = store.appendReview(entry); !appended)
                        return appended.error();
                }
            }
            for (const QString &cardId : cardIds) {
                const int roll = int(random.bounded(100));
                if (roll < 22)
                    continue; // still new
                CardSchedule schedule;
                schedule.cardId = cardId;
                schedule.state = roll < 30 ? 1 : roll < 36 ? 3 : 2;
                schedule.stability = 12;
                schedule.due = localTime(today().addDays(random.bounded(roll < 36 ? 3 : 30)), 9 + random.bounded(10));
                schedule.lastReview = localTime(today().addDays(-2), 10);
                if (auto put = store.putCardSchedule(schedule); !put)
                    return put;
            }
            return success();
        });
    });
    ASSERT_TRUE(seeded.ok()) << qPrintable(seeded.error().message);
}

TEST_F(DashboardTest, ScreenshotsOfAYear)
{
    seedYear(*library);
    openPage();
    page->showBanner(u"Achievement reached: A month in a row — Studied on 30 days in a row."_s);
    page->setReminder(true, QTime(18, 0));
    QApplication::processEvents();
    EXPECT_GT(model->stats().totalReviews, 8000);
    EXPECT_EQ(model->stats().streak.current, 12);
    EXPECT_TRUE(page->grab().save(screenshotPath(u"dashboard.png"_s)));

    const QPalette original = QApplication::palette();
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);
    QApplication::processEvents();
    const QImage shot = page->grab().toImage();
    EXPECT_TRUE(shot.save(screenshotPath(u"dashboard-dark.png"_s)));
    // The chart panels are painted in the dark palette's base colour, not a light one.
    const QPoint inChart = page->forecastChart()->mapTo(page.get(), QPoint(page->forecastChart()->width() - 3, 2));
    EXPECT_EQ(shot.pixelColor(inChart), dark.color(QPalette::Base));
    QApplication::setPalette(original);
}

} // namespace
} // namespace lectern::test
