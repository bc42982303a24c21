#pragma once

#include "base/Clock.h"
#include "base/HybridLogicalClock.h"
#include "base/Result.h"
#include "library/LibraryStore.h"
#include "protocol/Sync.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace lectern {

class LibraryDatabase;

// The library's side of device sync, on a connection of its own (the sync worker's).
//
// Outbox. Which local changes the server has not acknowledged yet is kept in the library itself,
// in `sync_outbox` (migration 0006): triggers add an entry for every syncable row written with a
// stamp of this library's own clock, whichever connection wrote it (the app, a background job,
// lectern-cli), and bump it to a new change_seq when the record changes again. A page pushed is
// acknowledged by the change_seqs it was built from, and only after the server replied `ok`
// (which it does after its commit); an entry whose record changed again meanwhile has a new
// change_seq and stays. So work done offline, or pushed over a connection that dropped before the
// reply, stays in the outbox and is pushed again, which the server ignores the second time.
//
// Pulling. Pulled changes are applied record by record: the greater HLC wins (an equal or older
// one is ignored), except review_log, which only ever gains reviews and tombstones (union), as on
// the server. Applied rows carry the other device's stamp, so the triggers leave them out of the
// outbox; a local entry that lost against a pulled change is dropped (the server has the winner).
// The pull cursor is stored in the same transaction as the page it came with. Foreign keys are
// not enforced on this connection: a pull page may bring a card before its lecture, which comes
// in a later page, and each page is its own transaction.
class LibrarySyncStore
{
    Q_DECLARE_TR_FUNCTIONS(lectern::LibrarySyncStore)

public:
    static Result<std::unique_ptr<LibrarySyncStore>> open(const QString &dataDir, const Clock &clock = Clock::system());
    ~LibrarySyncStore();
    LibrarySyncStore(const LibrarySyncStore &) = delete;
    LibrarySyncStore &operator=(const LibrarySyncStore &) = delete;

    QString nodeId() const;

    // Outbox entries in change order after `afterChangeSeq`, as changes in their current state,
    // at most `maxChanges` and stopping before `maxFieldsBytes` of fields (at least one change).
    // A record larger than the server takes in one change (`maxOneChangeBytes`) is left out and
    // stays pending; its entry is counted in `oversized`.
    struct OutboxPage
    {
        QList<protocol::SyncChange> changes;
        QList<qint64> changeSeqs;
        // The last entry looked at: where the next page starts. 0 when the outbox had nothing more.
        qint64 scannedTo = 0;
        int oversized = 0;
    };
    Result<OutboxPage> outboxPage(qint64 afterChangeSeq, int maxChanges, qsizetype maxFieldsBytes,
                                  qsizetype maxOneChangeBytes);
    // Removes the entries of a page the server acknowledged.
    Status acknowledge(const QList<qint64> &changeSeqs);
    Result<int> pendingCount() const;

    // The `since` for the next pull.
    Result<qint64> pullCursor() const;

    struct PullOutcome
    {
        // Records that took the pulled state.
        int applied = 0;
        // The greatest HLC in the page: later local edits must sort after it.
        std::optional<HlcTimestamp> latest;
        // What views showing the library must reload.
        QList<LibraryChange> changes;
    };
    // Applies one pulled page and moves the cursor to `next`, in one transaction.
    Result<PullOutcome> applyPulled(const QList<protocol::SyncChange> &changes, qint64 next);

    // Ties the library to one account (e.g. "ws://host:8420/#42"). Signing in to another account
    // than the last one starts over: the cursor goes back to 0 and every record is queued again,
    // so the new account gets the whole library.
    Status bindAccount(const QString &accountKey);

private:
    struct Column
    {
        QString name;
        QString type; // as declared: INTEGER, REAL, TEXT
        bool notNull = false;
    };
    explicit LibrarySyncStore(std::unique_ptr<LibraryDatabase> db);
    Result<QList<Column>> columns(const QString &table);
    Result<std::optional<protocol::SyncChange>> currentChange(const QString &entity, const QString &id);
    Result<bool> applyOne(const protocol::SyncChange &change);
    Status writeRecord(const protocol::SyncChange &change, bool exists);
    Status noteChange(const protocol::SyncChange &change);
    Result<QString> stateValue(const QString &key) const;
    Status setStateValue(const QString &key, const QString &value);

    std::unique_ptr<LibraryDatabase> m_db;
    QHash<QString, QList<Column>> m_columns;
};

} // namespace lectern
