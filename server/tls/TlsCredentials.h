#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace lectern::server {

// The certificate chain and private key lectern-server presents when it serves TLS itself.
class TlsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(lectern::server::TlsCredentials)

public:
    // Reads a PEM certificate file (the server's certificate first, then any intermediates, as
    // certbot's fullchain.pem has them) and an unencrypted PEM private key (RSA or EC) of the
    // certificate's kind and size. Errors (`config_invalid`) name the file
    // and what is wrong with it.
    static Result<QSslConfiguration> load(const QString &certificateFile, const QString &keyFile);
};

} // namespace lectern::server
