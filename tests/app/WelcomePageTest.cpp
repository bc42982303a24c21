// The first-run welcome page: the first steps it offers and where they lead.
#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "i18n/Translations.h"
#include "library/LibraryTreeModel.h"
#include "settings/GroqKeySection.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 5000;

class WelcomePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
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
    }

    WelcomePage &page() { return *window->welcomePage(); }

    QObject translations;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
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
