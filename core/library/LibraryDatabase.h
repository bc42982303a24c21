#pragma once

#include "base/Clock.h"
#include "base/HybridLogicalClock.h"
#include "base/Result.h"
#include "library/LibraryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace lectern {

// The library's SQLite connection and the rules every write follows: transactions that nest,
// an HLC stamp per change, and a record of what committed writes changed. LibraryStore builds the
// entity operations on top of it. One thread at a time.
class LibraryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LibraryDatabase)

public:
    static constexpr const char *kFileName = "library.sqlite";

    // Creates the directory and the database as needed, refuses files that are not a Lectern
    // library (or are damaged, or from a newer Lectern), migrates, and loads the clock.
    static Result<std::unique_ptr<LibraryDatabase>> open(const QString &dataDir, const Clock &clock,
                                                         PageCheck pageCheck = PageCheck::Check);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    const QString &dataDirectory() const { return m_dataDir; }
    const QString &path() const { return m_path; }
    QString nodeId() const { return m_hlc ? m_hlc->nodeId() : QString(); }
    int schemaVersion() const { return m_schemaVersion; }
    // The connection itself, for what needs SQLite beyond SQL (search ranking).
    const QSqlDatabase &connection() const { return m_db; }

    // The `updated_at` for a change made now: later than every stamp issued or observed before.
    QString stamp();
    void observe(const HlcTimestamp &remote);
    // The wall clock as stored in time columns.
    QString nowText() const;

    // Runs `body` in a transaction (BEGIN IMMEDIATE at the outside, so a second process waits
    // for the lock instead of failing midway; a savepoint when nested).
    Status transaction(const std::function<Status()> &body);
    // Records that the running transaction changed something; published when it commits.
    void changed(LibraryChange::Kind kind, const QString &id = {});
    QList<LibraryChange> takeChanges();

    // Prepares and runs one statement with positional values.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    // Runs a statement that must change exactly one row; `missing` is returned when it changes none.
    Status execOne(const QString &sql, const QVariantList &values, const Error &missing);
    // For statements run once per row of a bulk write: prepare once, then run with each row's values.
    Result<QSqlQuery> prepare(const QString &sql) const;
    Status run(QSqlQuery &prepared, const QVariantList &values) const;

    Error sqlError(const QString &what, const QSqlQuery &query) const;

    // Column conversions shared by the entity code.
    static QVariant timeValue(const QDateTime &time);
    static QDateTime timeFrom(const QVariant &value);
    static QVariant textOrNull(const QString &text);

private:
    LibraryDatabase(QString dataDir, QString path, const Clock &clock);
    Status connect();
    Status checkIdentity();
    Status configure();
    Status migrate();
    Status loadClock();
    Status execPlain(const QString &sql);

    QString m_dataDir;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    const Clock &m_clock;
    PageCheck m_pageCheck = PageCheck::Check;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QList<LibraryChange> m_uncommitted;
    QList<LibraryChange> m_committed;
};

} // namespace lectern
