#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lectern::server {

// A device's sign-in token: 256 random bits, given to the client as unpadded base64url and
// kept by the server only as its SHA-256.
struct SessionToken
{
    QString text;
    QByteArray sha256;

    // Needs libsodium initialised (PasswordHasher::prepare).
    static SessionToken generate();
    // The digest a token the client sent is stored under; nothing for text that cannot be a token.
    static std::optional<QByteArray> digestOf(const QString &text);
};

} // namespace lectern::server
