#include "server/tls/TlsCredentials.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace lectern::server {

namespace {
using namespace Qt::Literals::StringLiterals;

Error invalid(const QString &message)
{
    return {u"config_invalid"_s, message};
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(TlsCredentials::tr("Cannot read the TLS %1 file %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}
} // namespace

Result<QSslConfiguration> TlsCredentials::load(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return invalid(tr("TLS is configured, but this build of Qt has no TLS backend (%1).")
                           .arg(QSslSocket::sslLibraryVersionString()));

    const auto certificateData = readFile(certificateFile, tr("certificate"));
    if (!certificateData)
        return certificateData.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateData, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return invalid(tr("The TLS certificate file %1 holds no PEM certificate.").arg(certificateFile));

    const auto keyData = readFile(keyFile, tr("key"));
    if (!keyData)
        return keyData.error();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return invalid(tr("The TLS key file %1 holds no unencrypted PEM private key (RSA or EC).").arg(keyFile));
    // Qt cannot tell whether the key is the very one the certificate was made for (a wrong key of
    // the same kind only shows as every handshake failing, which the log then says); a key of the
    // wrong kind or size is caught here.
    const QSslKey certificateKey = chain.constFirst().publicKey();
    if (certificateKey.algorithm() != key.algorithm() || certificateKey.length() != key.length())
        return invalid(tr("The TLS key in %1 does not belong to the certificate in %2.").arg(keyFile, certificateFile));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients are not asked for certificates: they sign in with passwords and tokens.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace lectern::server
