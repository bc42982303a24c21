#include "server/SessionToken.h"

#include <sodium.h>

namespace lectern::server {

namespace {
constexpr qsizetype kTokenBytes = 32;
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sha256Of(const QByteArray &data)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()));
    return digest;
}
} // namespace

SessionToken SessionToken::generate()
{
    QByteArray random(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    return {QString::fromLatin1(random.toBase64(kEncoding)), sha256Of(random)};
}

std::optional<QByteArray> SessionToken::digestOf(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kTokenBytes || text.size() != 43)
        return std::nullopt;
    return sha256Of(decoded.decoded);
}

} // namespace lectern::server
