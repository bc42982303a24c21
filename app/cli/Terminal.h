#pragma once

class QTextStream;

namespace lectern::cli {

// Whether `stream` writes to a terminal, where a person is watching, rather than to a file, a pipe
// or a string (as in tests).
bool writesToTerminal(const QTextStream &stream);

// Whether to style `stream` with ANSI escapes: only on a terminal, and not when the user asked for
// no colour with NO_COLOR (https://no-color.org).
bool wantsAnsiStyling(const QTextStream &stream);

} // namespace lectern::cli
