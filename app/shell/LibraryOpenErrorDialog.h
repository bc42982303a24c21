#pragma once

#include "base/Result.h"

#include <QMessageBox>

namespace lectern {

// Shown instead of the window when the library cannot be opened at start-up: where Lectern
// looked, why it failed, and what the student can do about it.
class LibraryOpenErrorDialog : public QMessageBox
{
    Q_OBJECT

public:
    LibraryOpenErrorDialog(const QString &dataDirectory, const Error &error, QWidget *parent = nullptr);
};

} // namespace lectern
