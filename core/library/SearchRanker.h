#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace lectern {

// Ranks full-text matches exactly as FTS5's bm25() does (same formula, same statistics, the same
// number), but takes each row's length in tokens from memory. bm25() looks that length up with an
// SQL statement per matching row, about a microsecond each: a word found in 20,000 transcript
// segments spent some 30 ms just on those look-ups, a word found in most segments over half a
// second, while everything else a search does takes a few milliseconds.
//
// The lengths are read once, on the first search, and then kept in step with the database:
// rows this connection writes are seen through SQLite's update hook on the FTS5 docsize tables
// (so the connection's update hook belongs to the ranker), writes by any other connection or
// process through PRAGMA data_version, after which everything is read again. A length the ranker
// does not hold is asked of FTS5, so a row it has not seen is ranked correctly, only slower.
// It also remembers how many rows each phrase matches (the IDF's input, which bm25() counts anew
// for every query by walking the phrase's whole doclist) until the index changes.
//
// Needs the Qt SQLite driver to use the same SQLite library Lectern links against, which is how
// the distributions package it (the driver's handle is passed to that library's functions).
class SearchRanker
{
    Q_DECLARE_TR_FUNCTIONS(SearchRanker)

public:
    // Registers the ranking function of each FTS5 table (see functionFor()) on `connection`.
    static Result<std::unique_ptr<SearchRanker>> install(const QSqlDatabase &connection, const QStringList &ftsTables);
    ~SearchRanker();
    SearchRanker(const SearchRanker &) = delete;
    SearchRanker &operator=(const SearchRanker &) = delete;

    // The SQL call that ranks a row of `ftsTable`, like "bm25(segment_fts)"; lower is better. It
    // takes one value: phrasesArgument() of the MATCH expression's phrases (toFts5Phrases()), which
    // lets the ranker remember how many rows each phrase matches from one search to the next.
    static QString functionFor(const QString &ftsTable);
    static QString phrasesArgument(const QStringList &phrases);

    // Brings the lengths up to date with the database; call it before a query that ranks.
    Status refresh();

private:
    struct State;
    explicit SearchRanker(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace lectern
