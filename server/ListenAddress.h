#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace lectern::server {

// Where the server accepts connections: an IP address (or "localhost") and a port.
// Written HOST:PORT, with IPv6 addresses in brackets: "127.0.0.1:8420", "[::1]:8420".
// Port 0 asks the system for a free port (the chosen one is logged and reported by the server).
struct ListenAddress
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::ListenAddress)

public:
    static constexpr quint16 kDefaultPort = 8420;

    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = kDefaultPort;

    static Result<ListenAddress> parse(const QString &text);
    QString toString() const;

    friend bool operator==(const ListenAddress &, const ListenAddress &) = default;
};

// HOST:PORT for messages, with IPv6 hosts in brackets.
QString formatHostPort(const QHostAddress &host, quint16 port);

} // namespace lectern::server
