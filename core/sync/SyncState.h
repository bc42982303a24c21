#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace lectern {

// What device sync is doing, for the status bar and the Settings dialog.
struct SyncState
{
    Q_DECLARE_TR_FUNCTIONS(lectern::SyncState)

public:
    enum class Kind {
        // Not connected and nothing waiting to go up (or no account signed in).
        Offline,
        // Opening the connection and signing in.
        Connecting,
        // Pushing this device's changes or pulling the others'.
        Syncing,
        // Connected, and every change is on the server and here.
        Synced,
        // `pending` changes made here wait for the server: offline, or waiting to reconnect.
        Pending,
        // Sync stopped until the student acts: `message` says why (sign-in refused, a change refused).
        Error,
    };

    Kind kind = Kind::Offline;
    int pending = 0;
    QString message;

    static SyncState offline() { return {}; }
    static SyncState of(Kind kind, int pending = 0) { return {kind, pending, {}}; }
    static SyncState error(const QString &message) { return {Kind::Error, 0, message}; }

    // A short line for a status bar, e.g. "Sync: 3 changes waiting".
    QString text() const;

    friend bool operator==(const SyncState &, const SyncState &) = default;
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::SyncState)
