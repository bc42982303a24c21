#pragma once

// The main window test fixture: a temporary library, the window opened on it, and helpers to
// wait for what the window does asynchronously. Shared by MainWindowTest.cpp (courses and
// lectures) and MainWindowStateTest.cpp (what the window keeps between starts, and how it looks).

#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "i18n/Translations.h"
#include "library/CourseDetailsPage.h"
#include "library/CourseDialog.h"
#include "lecture/LectureView.h"
#include "lecture/NotesEditor.h"
#include "library/LectureDetailsPage.h"
#include "library/LibraryActions.h"
#include "library/LibraryFormat.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryStore.h"
#include "library/LibraryTreeModel.h"
#include "settings/Theme.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

// A named namespace, not an anonymous one: the test files that include this header may be
// compiled apart, and GoogleTest needs them to share one fixture class.
namespace main_window_test {

class MainWindowTest : public ::testing::Test
{
protected:
    static constexpr int kTimeoutMs = 5000;

    void SetUp() override
    {
        // Every test starts from a first launch, not from the previous test's window layout.
        Settings settings;
        settings.reset(Setting::WindowGeometry);
        settings.reset(Setting::WindowState);
        settings.reset(Setting::LastLecture);
        settings.reset(Setting::ShowArchivedCourses);
        // As the app does at start-up; English needs it for plural forms.
        installTranslations(QLocale(QLocale::English), &translations);
        library = std::make_unique<TemporaryLibrary>();
    }

    void TearDown() override
    {
        // The service goes first: its last answers are addressed to the window's objects.
        library->closeService();
        window.reset();
        library.reset();
    }

    MainWindow &openWindow()
    {
        window = std::make_unique<MainWindow>(&library->service());
        window->resize(1000, 640);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->libraryModel()->isLoaded(); }, kTimeoutMs));
        return *window;
    }

    LibraryTreeModel &model() { return *window->libraryModel(); }

    bool waitForCourseNamed(const QString &name)
    {
        return QTest::qWaitFor(
            [&] {
                for (int row = 0; row < model().rowCount(); ++row) {
                    if (model().index(row, 0).data().toString() == name)
                        return true;
                }
                return false;
            },
            kTimeoutMs);
    }

    template<typename Dialog>
    Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            },
            kTimeoutMs);
        return shown ? dialog : nullptr;
    }

    void select(const QModelIndex &index)
    {
        window->sidebar()->selectIndex(index);
        window->sidebar()->setFocus();
    }

    QObject translations;
    std::unique_ptr<TemporaryLibrary> library;
    std::unique_ptr<MainWindow> window;
};

inline QDateTime march12At(int hour)
{
    return QDateTime(QDate(2025, 3, 12), QTime(hour, 15), QTimeZone::utc());
}

} // namespace main_window_test

using namespace main_window_test;
