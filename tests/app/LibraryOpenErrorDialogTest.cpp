#include "library/LibraryService.h"
#include "shell/LibraryOpenErrorDialog.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lectern;
using namespace Qt::Literals::StringLiterals;

TEST(LibraryOpenErrorDialog, SaysWhereAndWhyTheLibraryCouldNotBeOpened)
{
    // A file where the library directory should be: no permissions trick needed, so this fails
    // even for root.
    QTemporaryDir dir;
    const QString notADirectory = dir.filePath(u"library"_s);
    QFile file(notADirectory);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a library");
    file.close();

    LibraryService service(notADirectory);
    QFuture<Status> opened = service.open();
    opened.waitForFinished();
    const Status status = opened.result();
    ASSERT_FALSE(status.ok());

    LibraryOpenErrorDialog dialog(notADirectory, status.error());
    EXPECT_TRUE(dialog.text().contains(QDir::toNativeSeparators(notADirectory)));
    EXPECT_TRUE(dialog.informativeText().contains(status.error().message));
    EXPECT_TRUE(dialog.informativeText().contains(u"--data-dir"_s));
}
