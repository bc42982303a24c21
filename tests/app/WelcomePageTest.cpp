// The first-run welcome page: the first steps it offers and where they lead.
#include "TemporaryLibrary.h"

#include "FakeGroqServer.h"
#include "GroqEnvironment.h"
#include "base/Settings.h"
#include "i18n/Translations.h"
#include "jobs/LectureJobs.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "settings/GroqKeySection.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"
#include "shell/SampleLecture.h"
#include "shell/WelcomePage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 5000;
// Decoding and transcribing the one-minute sample, on a loaded machine.
constexpr int kSampleTimeoutMs = 60000;
// The sample's length as ffprobe reports it (58.355 s), and how far a decoder may round it.
constexpr qint64 kSampleDurationMs = 58355;
constexpr qint64 kDurationToleranceMs = 100;

class WelcomePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Tests that need a Groq server set one up; the others see no key, whatever the developer has set.
        if (!m_groq)
            m_noKey.emplace("GROQ_API_KEY", QByteArray());
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
        installTranslations(QLocale(QLocale::English), &translations);
        library = std::make_unique<TemporaryLibrary>();
        window = std::make_unique<MainWindow>(&library->service());
        window->resize(1000, 640);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));
    }

    void TearDown() override
    {
        QApplication::setPalette(QPalette());
        library->closeService();
        window.reset();
        library.reset();
        m_noKey.reset();
        m_groq.reset();
    }

    WelcomePage &page() { return *window->welcomePage(); }

    std::optional<fake::ScopedEnvironmentVariable> m_noKey;
    std::optional<fake::GroqEnvironment> m_groq;
    QObject translations;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
};

// The window set up as for a student whose Groq key is in the environment, with the fake server as Groq.
class WelcomePageWithGroqTest : public WelcomePageTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen().ok());
        // What Whisper hears in the sample, so the transcript can be recognised.
        server.transcriber().setScript(u"Today we are talking about osmosis, the movement of water across a "
                                       u"selectively permeable membrane."_s);
        m_groq.emplace(server);
        WelcomePageTest::SetUp();
    }

    fake::FakeGroqServer server;
};

} // namespace

TEST_F(WelcomePageTest, OffersTheFirstSteps)
{
    ASSERT_EQ(window->currentPage(), MainWindow::Page::Welcome);
    EXPECT_TRUE(page().createCourseButton()->isVisible());
    EXPECT_TRUE(page().addKeyButton()->isVisible());
    EXPECT_TRUE(page().importButton()->isVisible());
    EXPECT_EQ(page().addKeyButton()->text(), u"Add Your Groq Key…"_s);
    EXPECT_EQ(page().importButton()->text(), u"Import a Recording…"_s);
    EXPECT_TRUE(page().sampleButton()->isVisible());
    EXPECT_EQ(page().sampleButton()->text(), u"Try a Sample Lecture"_s);
    for (const QPushButton *button : {page().addKeyButton(), page().importButton(), page().sampleButton()})
        EXPECT_GE(button->width(), button->sizeHint().width()) << "the label is not cut: " << button->text().toStdString();
    EXPECT_TRUE(window->grab().save(screenshotPath(u"welcome.png"_s)));
}

TEST_F(WelcomePageTest, LooksRightInTheDarkTheme)
{
    const QPalette dark = darkThemePalette();
    QApplication::setPalette(dark);
    QApplication::processEvents();
    const QImage shot = window->grab().toImage();
    EXPECT_TRUE(shot.save(screenshotPath(u"welcome-dark.png"_s)));
    // The page itself is drawn on the dark window colour, not left light.
    const QPoint corner = page().mapTo(window.get(), QPoint(4, page().height() - 4));
    EXPECT_EQ(shot.pixelColor(corner * shot.devicePixelRatio()), dark.color(QPalette::Window));
}

TEST_F(WelcomePageTest, AddKeyOpensSettingsWithTheKeySection)
{
    QTest::mouseClick(page().addKeyButton(), Qt::LeftButton);
    SettingsDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<SettingsDialog *>();
            return dialog && dialog->isVisible();
        },
        kTimeoutMs));
    ASSERT_NE(dialog->keySection(), nullptr);
    EXPECT_TRUE(dialog->keySection()->isVisible());
    dialog->reject();
}

TEST_F(WelcomePageTest, TheSampleLectureIsImportedIntoASampleCourse)
{
    QSignalSpy imported(window->lectureJobs(), &LectureJobs::lectureImported);
    QTest::mouseClick(page().sampleButton(), Qt::LeftButton);
    ASSERT_TRUE(imported.wait(kSampleTimeoutMs));

    const QList<Course> courses = library->courses();
    ASSERT_EQ(courses.size(), 1);
    EXPECT_EQ(courses.first().name, u"Sample Course"_s);
    const QString courseId = courses.first().id;
    const QList<Lecture> lectures = library->run([courseId](LibraryStore &s) { return s.lectures(courseId); }).value();
    ASSERT_EQ(lectures.size(), 1);
    EXPECT_NEAR(lectures.first().durationMs, kSampleDurationMs, kDurationToleranceMs);
    EXPECT_EQ(lectures.first().title, u"Osmosis Sample Lecture"_s);

    // The new course is selected, so the student sees where the lecture went.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->sidebar()->selectedIndex() == window->libraryModel()->indexOfCourse(courseId); },
        kTimeoutMs));
    EXPECT_NE(window->currentPage(), MainWindow::Page::Welcome);
}

TEST_F(WelcomePageWithGroqTest, TheSampleLectureIsTranscribedWhenAKeyIsSet)
{
    EXPECT_EQ(page().addKeyButton()->text(), u"Groq Key Saved ✓ — Change…"_s);
    EXPECT_GE(page().addKeyButton()->width(), page().addKeyButton()->sizeHint().width()) << "the label is not cut";

    QSignalSpy transcribed(window->lectureJobs(), &LectureJobs::transcriptionFinished);
    QTest::mouseClick(page().sampleButton(), Qt::LeftButton);
    ASSERT_TRUE(transcribed.wait(kSampleTimeoutMs));
    EXPECT_TRUE(transcribed.first().at(1).toBool());

    const QString lectureId = transcribed.first().at(0).toString();
    const QList<TranscriptSegment> segments =
        library->run([lectureId](LibraryStore &s) { return s.segments(lectureId); }).value();
    ASSERT_FALSE(segments.isEmpty());
    QString transcript;
    for (const TranscriptSegment &segment : segments)
        transcript += segment.text + u' ';
    EXPECT_TRUE(transcript.contains(u"osmosis"_s)) << transcript.toStdString();
    const QList<Course> courses = library->courses();
    ASSERT_EQ(courses.size(), 1);
    EXPECT_EQ(courses.first().name, u"Sample Course"_s);
}
