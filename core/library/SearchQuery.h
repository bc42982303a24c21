#pragma once

#include <QString>
#include <QStringList>

namespace lectern {

// Turns what a student typed into the search box into an FTS5 MATCH expression that cannot be a
// syntax error: every word is quoted as a phrase (so operators, quotes, brackets, "*", "-" or
// "AND(" are just text), all words must occur, and the last one (if it has two characters or
// more) also matches as a prefix, so results appear while the word is still being typed. Returns an empty string when the text has
// nothing searchable (no letters or digits).
QString toFts5Query(const QString &text);
// The phrases of that expression, in order: the expression is them joined by spaces, and FTS5
// numbers them as they come.
QStringList toFts5Phrases(const QString &text);

} // namespace lectern
