#include "sync/SyncState.h"

namespace lectern {

QString SyncState::text() const
{
    switch (kind) {
    case Kind::Offline:
        return tr("Sync: offline");
    case Kind::Connecting:
        return tr("Sync: connecting…");
    case Kind::Syncing:
        return tr("Sync: syncing…");
    case Kind::Synced:
        return tr("Sync: up to date");
    case Kind::Pending:
        return tr("Sync: %n change(s) waiting", nullptr, pending);
    case Kind::Error:
        return tr("Sync stopped: %1").arg(message);
    }
    return {};
}

} // namespace lectern
