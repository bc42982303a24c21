#pragma once

#include "server/DatabaseSettings.h"
#include "server/ListenAddress.h"

#include <QString>

#include <chrono>

namespace lectern::server {

// Everything lectern-server needs to run. Read by ServerConfigLoader from flags, environment and
// an INI file; tests build one directly.
struct ServerConfig
{
    ListenAddress listen;
    DatabaseSettings database;
    QString configFile; // the INI file that was read, if any

    // Protection against slow or hostile clients. Not configurable from outside yet; tests
    // shorten them.
    std::chrono::milliseconds requestHeadTimeout{10'000}; // to send a complete HTTP request head
    qsizetype maxRequestHeadBytes = 16 * 1024;
    quint64 maxFrameBytes = 1024 * 1024; // largest WebSocket message accepted
    // How long shutdown waits for clients to acknowledge the closing WebSocket handshake.
    std::chrono::milliseconds shutdownGrace{5'000};
};

} // namespace lectern::server
