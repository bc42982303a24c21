#include "shell/LibraryOpenErrorDialog.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

LibraryOpenErrorDialog::LibraryOpenErrorDialog(const QString &dataDirectory, const Error &error, QWidget *parent)
    : QMessageBox(QMessageBox::Critical, tr("Cannot Open Library"),
                  tr("Lectern could not open your library in %1.").arg(QDir::toNativeSeparators(dataDirectory)),
                  QMessageBox::Close, parent)
{
    setObjectName(u"libraryOpenErrorDialog"_s);
    QString advice;
    if (error.code == u"schema_too_new"_s)
        advice = tr("This library was last used by a newer version of Lectern. Update Lectern to open it.");
    else if (error.code == u"library_corrupt"_s || error.code == u"library_foreign"_s)
        advice = tr("Start Lectern with --data-dir and an empty folder to begin a new library; the old one is left "
                    "untouched.");
    else
        advice = tr("Check that the folder exists and that you may write to it, or start Lectern with --data-dir "
                    "and another folder.");
    setInformativeText(error.message + u"\n\n"_s + advice);
}

} // namespace lectern
