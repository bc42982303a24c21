#include "library/SearchRanker.h"

#include "library/LibraryLogging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_set>
#include <vector>

namespace lectern {

namespace {
// The constants of FTS5's bm25().
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// Rowids are local ids, dense in practice; a row beyond this is left to FTS5 instead of making
// the table of lengths huge.
constexpr sqlite3_int64 kMaxHeldRowid = sqlite3_int64(1) << 26;

// The lengths of the rows of one FTS5 table, by rowid; 0 means "not held" (a row that matches
// anything has at least one token).
struct TableLengths
{
    QByteArray docsizeTable;
    std::vector<quint32> tokens;
    // Rows whose length this connection changed since the last refresh.
    std::unordered_set<sqlite3_int64> changed;
    bool loaded = false;
    // How many rows each phrase of recent queries matches (keyed by its text, like "\"of\"" or
    // "\"energ\"*"), for the IDF. Counting them walks the phrase's whole doclist: for a query with
    // a common word in it ("conservation of energy") that was most of the search, and it is the
    // same for every keystroke after the word. Forgotten whenever the index changes, and not
    // used inside a transaction, whose writes may yet be undone.
    QHash<QByteArray, sqlite3_int64> phraseRows;
    bool phraseRowsUsable = false;

    void hold(sqlite3_int64 rowid, quint32 length)
    {
        if (rowid < 0 || rowid >= kMaxHeldRowid)
            return;
        const auto index = size_t(rowid);
        if (index >= tokens.size()) {
            if (length == 0)
                return;
            tokens.resize(std::max(index + 1, tokens.size() + tokens.size() / 2), 0);
        }
        tokens[index] = length;
    }

    quint32 held(sqlite3_int64 rowid) const
    {
        return rowid >= 0 && size_t(rowid) < tokens.size() ? tokens[size_t(rowid)] : 0;
    }
};
using Tables = std::vector<std::shared_ptr<TableLengths>>;

// What bm25() works out once per query: the average row length and each phrase's IDF.
struct QueryStatistics
{
    double averageLength = 0.0;
    std::vector<double> idf;
    std::vector<double> frequency; // per phrase, for the row being ranked
};

// A docsize record is one SQLite varint per column, each that column's length in tokens.
std::optional<quint32> tokensInDocsize(const unsigned char *bytes, int size)
{
    quint64 total = 0;
    quint64 value = 0;
    int length = 0;
    for (int i = 0; i < size; ++i) {
        value = (value << 7) | (bytes[i] & 0x7f);
        if (++length > 5)
            return std::nullopt;
        if ((bytes[i] & 0x80) == 0) {
            total += value;
            value = 0;
            length = 0;
        }
    }
    if (length != 0 || total > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(total);
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

void deleteStatistics(void *statistics)
{
    delete static_cast<QueryStatistics *>(statistics);
}

void deleteTableHandle(void *handle)
{
    delete static_cast<std::shared_ptr<TableLengths> *>(handle);
}

// Beyond this many phrases the counts start over rather than grow without end.
constexpr qsizetype kMaxCountedPhrases = 4096;

// The phrase texts passed as the ranking function's argument, if they fit this query.
QList<QByteArray> phraseKeys(const TableLengths &lengths, int phrases, int argumentCount, sqlite3_value **arguments)
{
    if (!lengths.phraseRowsUsable || argumentCount < 1)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    QList<QByteArray> keys = text ? QByteArray(text).split('\n') : QList<QByteArray>();
    return keys.size() == phrases ? keys : QList<QByteArray>();
}

QueryStatistics *statisticsOf(const Fts5ExtensionApi *api, Fts5Context *fts, TableLengths &lengths, int argumentCount,
                              sqlite3_value **arguments, int *rc)
{
    if (auto *known = static_cast<QueryStatistics *>(api->xGetAuxdata(fts, 0)))
        return known;
    auto statistics = std::make_unique<QueryStatistics>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc != SQLITE_OK)
        return nullptr;
    statistics->averageLength = double(tokens) / double(rows);
    const int phrases = api->xPhraseCount(fts);
    const QList<QByteArray> keys = phraseKeys(lengths, phrases, argumentCount, arguments);
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = keys.isEmpty() ? -1 : lengths.phraseRows.value(keys[i], -1);
        if (hits < 0) {
            hits = 0;
            *rc = api->xQueryPhrase(fts, i, &hits, countRow);
            if (*rc != SQLITE_OK)
                return nullptr;
            if (!keys.isEmpty()) {
                if (lengths.phraseRows.size() >= kMaxCountedPhrases)
                    lengths.phraseRows.clear();
                lengths.phraseRows.insert(keys[i], hits);
            }
        }
        // As bm25(): a phrase in more than half of the rows would get a negative IDF.
        const double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
        statistics->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    statistics->frequency.resize(size_t(phrases));
    QueryStatistics *kept = statistics.release();
    // On failure SQLite deletes `kept` itself.
    *rc = api->xSetAuxdata(fts, kept, deleteStatistics);
    return *rc == SQLITE_OK ? kept : nullptr;
}

// bm25() with the row length from memory: the same arithmetic in the same order, so that scores
// are the very numbers bm25() returns.
void rankRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount,
             sqlite3_value **arguments)
{
    TableLengths &lengths = **static_cast<std::shared_ptr<TableLengths> *>(api->xUserData(fts));
    int rc = SQLITE_OK;
    QueryStatistics *statistics = statisticsOf(api, fts, lengths, argumentCount, arguments, &rc);
    if (!statistics) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::fill(statistics->frequency.begin(), statistics->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            statistics->frequency[size_t(phrase)] += 1.0;
    }
    quint32 length = rc == SQLITE_OK ? lengths.held(api->xRowid(fts)) : 0;
    if (rc == SQLITE_OK && length == 0) {
        int counted = 0;
        rc = api->xColumnSize(fts, -1, &counted);
        length = quint32(counted);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double rowLength = double(length);
    double score = 0.0;
    for (size_t i = 0; i < statistics->idf.size(); ++i) {
        const double f = statistics->frequency[i];
        score += statistics->idf[i] * ((f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * rowLength / statistics->averageLength)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

void noteChangedRow(void *tables, int, const char *database, const char *table, sqlite3_int64 rowid)
{
    if (qstrcmp(database, "main") != 0)
        return;
    for (const auto &lengths : *static_cast<Tables *>(tables)) {
        if (lengths->docsizeTable == table) {
            lengths->changed.insert(rowid);
            return;
        }
    }
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// A prepared statement that is finalized however the function using it returns.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql) { m_rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr); }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool prepared() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_ERROR;
};

QByteArray quoted(QByteArray name)
{
    name.replace("\"", "\"\"");
    return QByteArray("\"") + name + QByteArray("\"");
}
} // namespace

struct SearchRanker::State
{
    sqlite3 *db = nullptr;
    Tables tables;
    qint64 dataVersion = -1;
    sqlite3_stmt *dataVersionQuery = nullptr;

    Error failure(const QString &what) const
    {
        return {QStringLiteral("database_error"), tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
    }

    Status loadAll(TableLengths &table)
    {
        QElapsedTimer timer;
        timer.start();
        table.loaded = false;
        table.tokens.clear();
        Statement rows(db, "SELECT id, sz FROM " + quoted(table.docsizeTable));
        if (!rows.prepared())
            return failure(tr("Could not read the sizes in the search index"));
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
            const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_blob(rows.get(), 1));
            const auto length = tokensInDocsize(bytes, sqlite3_column_bytes(rows.get(), 1));
            table.hold(sqlite3_column_int64(rows.get(), 0), length.value_or(0));
        }
        if (rc != SQLITE_DONE)
            return failure(tr("Could not read the sizes in the search index"));
        table.loaded = true;
        qCDebug(lcLibrary) << "read the lengths of" << table.docsizeTable << "in" << timer.elapsed() << "ms";
        return success();
    }

    Status reloadChanged(TableLengths &table)
    {
        if (table.changed.empty())
            return success();
        Statement row(db, "SELECT sz FROM " + quoted(table.docsizeTable) + " WHERE id = ?");
        if (!row.prepared())
            return failure(tr("Could not read the sizes in the search index"));
        for (const sqlite3_int64 rowid : table.changed) {
            sqlite3_bind_int64(row.get(), 1, rowid);
            const int rc = sqlite3_step(row.get());
            std::optional<quint32> length = 0;
            if (rc == SQLITE_ROW)
                length = tokensInDocsize(static_cast<const unsigned char *>(sqlite3_column_blob(row.get(), 0)),
                                         sqlite3_column_bytes(row.get(), 0));
            else if (rc != SQLITE_DONE)
                return failure(tr("Could not read the sizes in the search index"));
            // A row deleted from the index, or one whose record cannot be read, is left to FTS5.
            table.hold(rowid, length.value_or(0));
            sqlite3_reset(row.get());
        }
        return success();
    }
};

SearchRanker::SearchRanker(std::unique_ptr<State> state) : m_state(std::move(state)) {}

SearchRanker::~SearchRanker()
{
    // The connection outlives the ranker; the functions keep their own share of the lengths.
    sqlite3_finalize(m_state->dataVersionQuery);
    sqlite3_update_hook(m_state->db, nullptr, nullptr);
}

QString SearchRanker::functionFor(const QString &ftsTable)
{
    return QStringLiteral("lectern_bm25_%1(%1, ?)").arg(ftsTable);
}

QString SearchRanker::phrasesArgument(const QStringList &phrases)
{
    return phrases.join(u'\n');
}

Result<std::unique_ptr<SearchRanker>> SearchRanker::install(const QSqlDatabase &connection, const QStringList &ftsTables)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{QStringLiteral("database_error"), tr("The library is not on an SQLite connection.")};
    auto state = std::make_unique<State>();
    state->db = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = fts5ApiOf(state->db);
    if (!api || api->iVersion < 2)
        return Error{QStringLiteral("database_error"), tr("This SQLite library has no full-text search (FTS5).")};

    for (const QString &table : ftsTables) {
        auto lengths = std::make_shared<TableLengths>();
        lengths->docsizeTable = (table + QStringLiteral("_docsize")).toUtf8();
        // SQLite owns this handle and deletes it when the connection closes.
        auto *functionHandle = new std::shared_ptr<TableLengths>(lengths);
        const QByteArray name = QStringLiteral("lectern_bm25_%1").arg(table).toUtf8();
        if (api->xCreateFunction(api, name.constData(), functionHandle, rankRow, deleteTableHandle) != SQLITE_OK) {
            delete functionHandle;
            return state->failure(tr("Could not register the search ranking"));
        }
        state->tables.push_back(std::move(lengths));
    }
    if (sqlite3_update_hook(state->db, noteChangedRow, &state->tables) != nullptr)
        qCWarning(lcLibrary) << "the library connection had an update hook; search ranking replaced it";
    return std::unique_ptr<SearchRanker>(new SearchRanker(std::move(state)));
}

Status SearchRanker::refresh()
{
    sqlite3_stmt *&version = m_state->dataVersionQuery;
    if (!version && sqlite3_prepare_v2(m_state->db, "PRAGMA data_version", -1, &version, nullptr) != SQLITE_OK)
        return m_state->failure(tr("Could not read the search index"));
    const bool read = sqlite3_step(version) == SQLITE_ROW;
    const qint64 dataVersion = read ? sqlite3_column_int64(version, 0) : -1;
    sqlite3_reset(version);
    if (!read)
        return m_state->failure(tr("Could not read the search index"));
    // Another connection or process committed: which rows it changed is unknown.
    const bool othersWrote = dataVersion != m_state->dataVersion;
    m_state->dataVersion = dataVersion;
    // SQLite reports no row changes when a transaction is rolled back, so while one is open its
    // rows are read again at every refresh until it has ended.
    const bool inTransaction = sqlite3_get_autocommit(m_state->db) == 0;
    for (const auto &table : m_state->tables) {
        const bool indexChanged = othersWrote || !table->loaded || !table->changed.empty();
        if (indexChanged || inTransaction)
            table->phraseRows.clear();
        table->phraseRowsUsable = !inTransaction;
        const Status done = othersWrote || !table->loaded ? m_state->loadAll(*table) : m_state->reloadChanged(*table);
        if (!done) {
            m_state->dataVersion = -1;
            return done;
        }
        if (!inTransaction)
            table->changed.clear();
    }
    return success();
}

} // namespace lectern
