#pragma once

#include <QString>

class QTextStream;

namespace lectern::cli {

// One line from standard input with the terminal's echo off, so a secret does not show on screen
// or in a screen recording; `prompt` goes to `err` first. From a pipe or a file: the first line,
// no prompt. Empty when there is nothing to read.
QString readSecretLine(const QString &prompt, QTextStream &err);

} // namespace lectern::cli
