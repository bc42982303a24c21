#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lectern::server {

// How to reach the server's PostgreSQL database, read from a URL in libpq's form:
//   postgresql://user[:password]@host[:port]/dbname
//   postgresql://user@/dbname?host=/run/postgresql      (Unix socket directory)
// Accepted query parameters: host (a socket directory or host name) and connect_timeout (seconds).
struct DatabaseSettings
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::DatabaseSettings)

public:
    static constexpr int kDefaultPort = 5432;
    static constexpr int kDefaultConnectTimeoutSeconds = 10;

    QString host; // host name, IP address or socket directory; empty: libpq's default socket
    int port = kDefaultPort;
    QString user; // empty: libpq's default (the operating system user)
    QString password;
    QString databaseName;
    int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds;

    static Result<DatabaseSettings> fromUrl(const QString &url);

    // "host:port" (or the socket directory) for messages; never includes the password.
    QString location() const;
    // The URL without its password, for logs.
    QString redactedUrl() const;

    friend bool operator==(const DatabaseSettings &, const DatabaseSettings &) = default;
};

} // namespace lectern::server
