#pragma once

#include "server/DatabaseSettings.h"
#include "server/ListenAddress.h"

#include <QSslConfiguration>
#include <QString>

#include <chrono>
#include <cstddef>
#include <optional>

namespace lectern::server {

// Everything lectern-server needs to run. Read by ServerConfigLoader from flags, environment and
// an INI file; tests build one directly.
// How passwords are hashed (argon2id through libsodium) and sign-ins are limited.
struct AccountSettings
{
    // OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane (libsodium always uses 1 lane).
    // Raising them makes new and upgraded hashes slower to crack; existing hashes are
    // rehashed at their next login.
    unsigned long long hashOpsLimit = 2;
    std::size_t hashMemLimit = 19 * 1024 * 1024;
    // Hashes computed at once, each needing hashMemLimit of memory; further requests queue.
    int maxConcurrentHashes = 2;

    std::chrono::seconds tokenIdleLifetime{std::chrono::hours(24 * 30)};
    std::chrono::seconds tokenAbsoluteLifetime{std::chrono::hours(24 * 180)};

    // Failed logins allowed per window before a lockout: per account name, per client address.
    int accountFailureLimit = 5;
    int addressFailureLimit = 20;
    std::chrono::seconds failureWindow{15 * 60};
    // The first lockout; each further one doubles, up to maxLockout.
    std::chrono::seconds firstLockout{60};
    std::chrono::seconds maxLockout{24 * 60 * 60};
};

// Bounds on what one sync request may carry or return.
struct SyncSettings
{
    qsizetype maxChangesPerPush = 1000;
    // Compact JSON bytes of one change's `fields` (a long lecture's note fits many times over).
    qsizetype maxFieldsBytes = 256 * 1024;
    // A pull page: at most this many changes, and it stops adding changes once their fields
    // reach maxPullBytes (always at least one, so every record can be pulled).
    qsizetype defaultPullLimit = 500;
    qsizetype maxPullLimit = 1000;
    qsizetype maxPullBytes = 512 * 1024;
    // How long a push waits for another push of the same user (perhaps on another instance) to
    // finish before giving up, so a stuck transaction cannot stall this instance's event loop.
    std::chrono::milliseconds pushLockTimeout{10'000};
};

struct ServerConfig
{
    ListenAddress listen;
    DatabaseSettings database;
    QString configFile; // the INI file that was read, if any
    // Set: the port speaks TLS (wss:// and https://) with this certificate and key. Unset: plain,
    // for a reverse proxy on the same machine to add TLS.
    std::optional<QSslConfiguration> tls;

    // Protection against slow or hostile clients. Not configurable from outside yet; tests
    // shorten them.
    std::chrono::milliseconds requestHeadTimeout{10'000}; // to send a complete HTTP request head
    qsizetype maxRequestHeadBytes = 16 * 1024;
    quint64 maxFrameBytes = 1024 * 1024; // largest WebSocket message accepted
    // How long shutdown waits for clients to acknowledge the closing WebSocket handshake.
    std::chrono::milliseconds shutdownGrace{5'000};

    AccountSettings accounts;
    SyncSettings sync;

    // For benchmarks only (--benchmark-chat-without-storage), never the default: chat.send relays
    // the message to this instance's connected members without storing it or going through
    // PostgreSQL's NOTIFY, so the chat benchmark can show what persistence costs.
    bool chatWithoutStorage = false;
};

} // namespace lectern::server
