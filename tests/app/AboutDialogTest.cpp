#include "TemporaryLibrary.h"

#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include "lectern/Version.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QTest>

using namespace lectern;
using namespace lectern::test;
using namespace Qt::Literals::StringLiterals;

TEST(AboutDialog, ShowsNameVersionAndLicence)
{
    AboutDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.versionText(), u"Version "_s + QString::fromLatin1(kVersion));
    EXPECT_EQ(dialog.findChild<QLabel *>(u"aboutName"_s)->text(), u"Lectern"_s);
    EXPECT_TRUE(dialog.findChild<QLabel *>(u"aboutLicence"_s)->text().contains(u"GNU General Public License"_s));
    EXPECT_TRUE(dialog.grab().save(screenshotPath(u"about.png"_s)));
}

TEST(AboutDialog, OpensFromTheHelpMenu)
{
    TemporaryLibrary library;
    {
        MainWindow window(&library.service());
        window.show();
        window.aboutAction()->trigger();
        AboutDialog *dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = window.findChild<AboutDialog *>();
                return dialog && dialog->isVisible();
            },
            5000));
        EXPECT_TRUE(dialog->versionText().contains(QString::fromLatin1(kVersion)));
        library.closeService();
    }
}
