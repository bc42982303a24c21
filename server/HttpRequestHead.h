#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace lectern::server {

// The request line and headers of an HTTP/1.x request, as far as the server needs them: to tell a
// WebSocket upgrade from a plain request and to route the latter. Bodies are never read.
struct HttpRequestHead
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::HttpRequestHead)

public:
    QByteArray method;
    QByteArray target; // as sent, e.g. "/healthz?verbose=1"
    QByteArray path;   // target without the query
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed

    // Where the head ends in `data` (just past the blank line), or -1 if it has not all arrived.
    static qsizetype endOfHead(QByteArrayView data);
    // Parses a complete head (up to and including the blank line). Fails with `bad_request`.
    static Result<HttpRequestHead> parse(QByteArrayView head);

    // The value of the first header with this (lower-case) name, or a null QByteArray.
    QByteArray header(QByteArrayView lowerCaseName) const;
    // True for a GET carrying "Upgrade: websocket" (RFC 6455 section 4.2.1); the WebSocket
    // server checks the rest of the handshake.
    bool isWebSocketUpgrade() const;
};

} // namespace lectern::server
