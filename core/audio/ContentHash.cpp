#include "audio/ContentHash.h"

#include "audio/AudioError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace lectern {

Result<QString> ContentHash::ofFile(const QString &path, const std::atomic_bool *cancelled)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return AudioError::fileMissing(path);
    if (!file.open(QIODevice::ReadOnly))
        return AudioError::fileUnreadable(path, file.errorString());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return AudioError::cancelled(path);
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return AudioError::fileUnreadable(path, file.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace lectern
