#pragma once

#include "base/Result.h"
#include "protocol/Sync.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <chrono>

namespace lectern::server {

// The sync_records and sync_cursors tables: last-writer-wins storage of each user's library and
// the per-user sequence that pulls page by. Runs on the thread that owns `db`.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::SyncStore)

public:
    // The channel a committed push notifies, with the payload "<user id>:<seq>", so other server
    // instances on the database can tell their connections of that user.
    static constexpr QLatin1StringView kNotifyChannel{"lectern_sync"};

    struct PushOutcome
    {
        qint64 seq = 0;   // the user's highest seq after the push
        int applied = 0;  // changes that created or replaced a record
    };
    struct Page
    {
        QList<protocol::SyncChange> changes; // with seq, in seq order
        bool more = false;
    };

    // `lockTimeout`: how long a push waits for the user's sequence row before failing.
    SyncStore(QSqlDatabase db, std::chrono::milliseconds lockTimeout) : m_db(std::move(db)), m_lockTimeout(lockTimeout) {}

    // Stores `changes` (already validated) in one transaction, holding the user's sequence row
    // locked throughout. Returns once committed. A change whose data the database refuses is a
    // bad_field naming its position, and nothing of the push is kept; waiting longer than the lock
    // timeout for another push of the user is an internal_error.
    Result<PushOutcome> push(qint64 userId, const QList<protocol::SyncChange> &changes);
    // The user's records with seq > since, in seq order: at most `limit`, and no more once their
    // fields reach `maxBytes` (but at least one).
    Result<Page> pull(qint64 userId, qint64 since, qsizetype limit, qsizetype maxBytes) const;

private:
    QSqlDatabase m_db;
    std::chrono::milliseconds m_lockTimeout;
};

} // namespace lectern::server
