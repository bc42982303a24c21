// Ctrl+K: searching every lecture from the window, opening a match at its moment, and asking a
// question answered from the lectures through the fake Groq server.
#include "TemporaryLibrary.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"
#include "TimeCode.h"
#include "WavWriter.h"
#include "base/Settings.h"
#include "i18n/Translations.h"
#include "lecture/LectureView.h"
#include "lecture/NotesEditor.h"
#include "lecture/PlaybackController.h"
#include "library/LectureDetailsPage.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "search/AskPage.h"
#include "search/SearchPalette.h"
#include "search/SearchResultsModel.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <optional>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

TranscriptSegment segment(qint64 startMs, const QString &text)
{
    TranscriptSegment s;
    s.startMs = startMs;
    s.endMs = startMs + 5000;
    s.text = text;
    return s;
}

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
        installTranslations(QLocale(QLocale::English), &translations);
        ASSERT_TRUE(server.listen().ok());
        groq.emplace(server);
        library = std::make_unique<TemporaryLibrary>();

        const Course biology = library->addCourse(u"Cell Biology"_s, u"#22c55e"_s);
        membranes = addTranscribedLecture(biology.id, u"Membranes and transport"_s,
                                          {segment(0, u"Welcome to today's lecture on cell membranes."_s),
                                           segment(5'000, u"The membrane is a lipid bilayer with proteins in it."_s),
                                           segment(65'000, u"Osmosis moves water across the membrane towards more solute."_s)});
        plants = addTranscribedLecture(biology.id, u"Plant physiology"_s,
                                       {segment(0, u"Plants take up water through their roots."_s),
                                        segment(40'000, u"In roots, osmosis draws water into the cells."_s)});
        // The plant lecture has a recording, so opening it at a moment can be heard (and checked).
        const QString audio = audioDir.filePath(u"plants.wav"_s);
        ASSERT_TRUE(fake::WavWriter::writeFile(audio, fake::TimeCodedAudio::generate(0, 60)).ok());
        plants.audioPath = audio;
        plants.durationMs = 60'000;
        ASSERT_TRUE(library->run([lecture = plants](LibraryStore &store) { return store.updateLecture(lecture); }).ok());
        ASSERT_TRUE(library
                        ->run([id = membranes.id](LibraryStore &store) {
                            return store.setNote(id, u"Remember: aquaporins speed osmosis up."_s);
                        })
                        .ok());
    }

    void TearDown() override
    {
        library->closeService();
        window.reset();
        library.reset();
        groq.reset();
    }

    Lecture addTranscribedLecture(const QString &courseId, const QString &title, const QList<TranscriptSegment> &segments)
    {
        const Lecture lecture = library->addLecture(courseId, title, QDateTime::currentDateTimeUtc(), 120'000);
        EXPECT_TRUE(library->run([&](LibraryStore &store) { return store.replaceSegments(lecture.id, segments); }).ok());
        return lecture;
    }

    MainWindow &openWindow()
    {
        window = std::make_unique<MainWindow>(&library->service());
        window->resize(1000, 700);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));
        return *window;
    }

    SearchPalette &palette() { return *window->searchPalette(); }

    // Ctrl+K, then the words typed as a student would.
    void searchFor(const QString &text)
    {
        QTest::keyClick(window->sidebar(), Qt::Key_K, Qt::ControlModifier);
        ASSERT_TRUE(palette().isVisible());
        ASSERT_EQ(QApplication::focusWidget(), palette().field());
        QTest::keyClicks(palette().field(), text);
    }

    bool waitForResults(int count)
    {
        return QTest::qWaitFor([&] { return !palette().isSearching() && palette().results()->rowCount() == count; },
                               kTimeoutMs);
    }

    QObject translations;
    fake::FakeGroqServer server;
    std::optional<fake::GroqEnvironment> groq;
    QTemporaryDir audioDir;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
    Lecture membranes;
    Lecture plants;
};

} // namespace

TEST_F(SearchTest, TypingFindsPassagesInEveryLectureWithTheWordsInBold)
{
    openWindow();
    searchFor(u"osmo"_s);
    ASSERT_TRUE(waitForResults(3)) << palette().results()->rowCount();

    QStringList found;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = palette().results()->index(row, 0);
        found.append(index.data().toString() + u" | "_s + index.data(SearchResultsModel::ContextRole).toString());
        EXPECT_TRUE(index.data(SearchResultsModel::SnippetHtmlRole).toString().contains(u"<b>"_s));
    }
    found.sort();
    EXPECT_EQ(found, (QStringList{u"Membranes and transport | Cell Biology · 1:05"_s,
                                  u"Membranes and transport | Cell Biology · Notes"_s,
                                  u"Plant physiology | Cell Biology · 0:40"_s}));

    // More words narrow it down; words nowhere say so.
    QTest::keyClicks(palette().field(), u"sis roots"_s);
    ASSERT_TRUE(waitForResults(1));
    EXPECT_EQ(palette().results()->index(0, 0).data().toString(), u"Plant physiology"_s);
    QTest::keyClicks(palette().field(), u" quasar"_s);
    ASSERT_TRUE(waitForResults(0));
    EXPECT_EQ(palette().statusText(), u"Nothing in your lectures or notes matches \u201cosmosis roots quasar\u201d."_s);

    QTest::keyClick(palette().field(), Qt::Key_Escape);
    EXPECT_FALSE(palette().isVisible());
}

TEST_F(SearchTest, EnterOpensTheLectureAndPlaysFromThatMoment)
{
    openWindow();
    searchFor(u"roots osmosis"_s);
    // Enter straight after typing opens the best match once the search for these words answers.
    QTest::keyClick(palette().field(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentPage() == MainWindow::Page::Lecture; }, kTimeoutMs));
    EXPECT_FALSE(palette().isVisible());
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Plant physiology"_s);
    LectureView *view = window->lectureDetailsPage()->lectureView();
    EXPECT_EQ(view->tabs()->currentIndex(), 0) << "the transcript";
    PlaybackController *player = view->player();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player->isPlaying() && player->position() >= 40'000; }, kTimeoutMs))
        << player->position();
    EXPECT_LT(player->position(), 45'000);
    player->pause();
}

TEST_F(SearchTest, DownPicksAnotherResultAndANoteOpensTheNotes)
{
    openWindow();
    searchFor(u"aquaporins"_s);
    ASSERT_TRUE(waitForResults(1));
    QTest::keyClick(palette().field(), Qt::Key_Return);
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Membranes and transport"_s);
    LectureView *view = window->lectureDetailsPage()->lectureView();
    EXPECT_EQ(view->tabs()->currentWidget(), view->notesEditor());

    searchFor(u"water"_s);
    ASSERT_TRUE(waitForResults(3));
    QListView *results = palette().resultsView();
    EXPECT_EQ(results->currentIndex().row(), 0);
    QTest::keyClick(palette().field(), Qt::Key_Down);
    EXPECT_EQ(results->currentIndex().row(), 1);
    const QString chosen = results->currentIndex().data(SearchResultsModel::LectureIdRole).toString();
    QTest::keyClick(palette().field(), Qt::Key_Return);
    EXPECT_EQ(window->sidebar()->selectedIndex(), window->libraryModel()->indexOfLecture(chosen));
}

TEST_F(SearchTest, CtrlEnterAsksTheLecturesAndACitationOpensItsMoment)
{
    server.chat().setCannedResponse(u"Passages:"_s, u"Osmosis draws water into root cells [1]."_s);
    openWindow();
    searchFor(u"What does osmosis do in roots?"_s);
    EXPECT_TRUE(palette().askButton()->isVisible());
    QTest::keyClick(palette().field(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Standalone);
    AskPage *ask = window->askPage();
    ASSERT_EQ(window->standalonePage(), ask);
    EXPECT_EQ(ask->questionField()->text(), u"What does osmosis do in roots?"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ask->isRunning() && ask->citationList()->count() > 0; }, kTimeoutMs))
        << ask->statusText().toStdString();
    EXPECT_TRUE(ask->answerView()->toPlainText().contains(u"Osmosis draws water into root cells"_s));

    QListWidget *citations = ask->citationList();
    ASSERT_EQ(citations->count(), 1);
    EXPECT_TRUE(citations->item(0)->text().contains(u"Plant physiology · 0:40"_s)) << citations->item(0)->text().toStdString();
    QTest::mouseClick(citations->viewport(), Qt::LeftButton, {}, citations->visualItemRect(citations->item(0)).center());
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Lecture);
    EXPECT_EQ(window->lectureDetailsPage()->title(), u"Plant physiology"_s);
    window->lectureDetailsPage()->lectureView()->player()->pause();
}

TEST_F(SearchTest, AWrongKeyIsExplainedWithRetry)
{
    groq.reset();
    const fake::ScopedEnvironmentVariable url("GROQ_BASE_URL", server.baseUrl().toString().toUtf8());
    const fake::ScopedEnvironmentVariable wrongKey("GROQ_API_KEY", "gsk_not_the_right_one");
    openWindow();
    searchFor(u"osmosis roots"_s);
    QTest::keyClick(palette().field(), Qt::Key_Return, Qt::ControlModifier);
    AskPage *ask = window->askPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ask->isRunning() && ask->retryButton()->isVisible(); }, kTimeoutMs));
    EXPECT_TRUE(ask->statusText().contains(u"key"_s, Qt::CaseInsensitive)) << ask->statusText().toStdString();
    EXPECT_EQ(ask->citationList()->count(), 0);
    const int requests = server.requestCount();

    // Retry asks again (and is refused again: the key is still wrong).
    QTest::mouseClick(ask->retryButton(), Qt::LeftButton);
    EXPECT_TRUE(ask->isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ask->isRunning() && ask->retryButton()->isVisible(); }, kTimeoutMs));
    EXPECT_GT(server.requestCount(), requests);
}

TEST_F(SearchTest, Screenshots)
{
    openWindow();
    searchFor(u"osmo"_s);
    ASSERT_TRUE(waitForResults(3));
    EXPECT_TRUE(window->grab().save(screenshotPath(u"search.png"_s)));

    server.chat().setCannedResponse(u"Passages:"_s,
                                    u"Osmosis moves water across a membrane towards the side with more solute [2]; "
                                    u"in plants it draws water into the root cells [1]."_s);
    QTest::keyClicks(palette().field(), u"sis: how does water move?"_s);
    QTest::keyClick(palette().field(), Qt::Key_Return, Qt::ControlModifier);
    AskPage *ask = window->askPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ask->isRunning() && ask->citationList()->count() > 0; }, kTimeoutMs));
    EXPECT_TRUE(window->grab().save(screenshotPath(u"ask.png"_s)));

    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkThemePalette());
    searchFor(u"osmo"_s);
    ASSERT_TRUE(waitForResults(3));
    EXPECT_TRUE(window->grab().save(screenshotPath(u"search-dark.png"_s)));
    QApplication::setPalette(light);
}
