#include "TemporaryLibrary.h"

#include "base/Settings.h"
#include "i18n/Translations.h"
#include "library/CourseDetailsPage.h"
#include "library/LibrarySidebar.h"
#include "library/LibraryTreeModel.h"
#include "shell/MainWindow.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}
} // namespace

TEST(Translations, GermanMenusWhenGermanIsLoaded)
{
    const QLocale localeBefore;
    TemporaryLibrary library;
    {
        QObject translations;
        ASSERT_TRUE(installTranslations(QLocale(QLocale::German, QLocale::Germany), &translations));
        const Course course = library.addCourse(u"Zellbiologie"_s, u"#22c55e"_s);
        library.addLecture(course.id, u"Membranen und Transport"_s,
                           QDateTime(QDate(2026, 3, 12), QTime(10, 0), QTimeZone::utc()), 3127000);
        MainWindow window(&library.service());
        EXPECT_EQ(menuTitles(window), (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Lernen"_s,
                                                   u"&Gruppen"_s, u"&Hilfe"_s}));
        // The main screen as a German-speaking student sees it, with a course page open.
        window.resize(1000, 640);
        window.show();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.libraryModel()->isLoaded(); }, 10000));
        window.sidebar()->selectIndex(window.libraryModel()->index(0, 0));
        EXPECT_EQ(window.currentPage(), MainWindow::Page::Course);
        // Dates follow the interface's language, not only the words around them.
        const QModelIndex lecture = window.libraryModel()->index(0, 0, window.libraryModel()->index(0, 0));
        EXPECT_EQ(lecture.data(LibraryTreeModel::SummaryRole).toString(), u"12.03.26 · 52:07"_s);
        EXPECT_TRUE(window.grab().save(screenshotPath(u"library-german.png"_s)));
        library.closeService();
    }
    EXPECT_EQ(QLocale(), localeBefore) << "the default locale outlived the translators";
}

TEST(Translations, EnglishOnceTheTranslatorsAreGone)
{
    {
        QObject translations;
        ASSERT_TRUE(installTranslations(QLocale(u"de_AT"_s), &translations));
        EXPECT_EQ(MainWindow::tr("&File"), u"&Datei"_s);
    }
    EXPECT_EQ(MainWindow::tr("&File"), u"&File"_s);
}

TEST(Translations, EnglishPluralsComeFromTheEnglishPluralForms)
{
    QObject translations;
    EXPECT_TRUE(installTranslations(QLocale(QLocale::English), &translations));
    EXPECT_EQ(MainWindow::tr("&File"), u"&File"_s);
    EXPECT_EQ(CourseDetailsPage::tr("%n lecture(s)", nullptr, 1), u"1 lecture"_s);
    EXPECT_EQ(CourseDetailsPage::tr("%n lecture(s)", nullptr, 3), u"3 lectures"_s);
}

TEST(Translations, ALanguageLecternDoesNotSpeakFallsBackToEnglish)
{
    QObject translations;
    EXPECT_FALSE(installTranslations(QLocale(QLocale::Icelandic), &translations));
    EXPECT_EQ(MainWindow::tr("&File"), u"&File"_s);
    EXPECT_EQ(CourseDetailsPage::tr("%n lecture(s)", nullptr, 2), u"2 lectures"_s);
}

TEST(Translations, GermanPluralForms)
{
    QObject translations;
    ASSERT_TRUE(installTranslations(QLocale(QLocale::German), &translations));
    EXPECT_EQ(CourseDetailsPage::tr("%n lecture(s)", nullptr, 1), u"1 Vorlesung"_s);
    EXPECT_EQ(CourseDetailsPage::tr("%n lecture(s)", nullptr, 4), u"4 Vorlesungen"_s);
}

TEST(Translations, TheUiLanguageSettingWinsOverTheSystemLocale)
{
    QTemporaryDir dir;
    QSettings backend(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Settings settings(&backend);
    EXPECT_EQ(uiLocale(settings), QLocale::system());
    settings.setValue(Setting::UiLanguage, u"de"_s);
    EXPECT_EQ(uiLocale(settings).language(), QLocale::German);
    // A code QLocale does not know must not switch the interface away from the system language.
    settings.setValue(Setting::UiLanguage, u"not-a-language"_s);
    EXPECT_EQ(uiLocale(settings), QLocale::system());
}
