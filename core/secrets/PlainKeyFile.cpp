#include "secrets/PlainKeyFile.h"

#include "secrets/Keychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace lectern {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

Error fileError(const QString &message)
{
    return Error{secrets::kKeyFileFailed.toString(), message};
}
} // namespace

QString PlainKeyFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"groq-api-key"_s);
}

Result<QString> PlainKeyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return fileError(tr("Could not read the Groq key from %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

Status PlainKeyFile::write(const QString &path, const QString &key)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fileError(tr("Could not create the folder for %1.").arg(shown));
    QSaveFile file(path);
    // Restricted before the key is written, so it is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
        return fileError(tr("Could not write the Groq key to %1: %2").arg(shown, file.errorString()));
    file.write(key.trimmed().toUtf8());
    file.write("\n");
    if (!file.commit())
        return fileError(tr("Could not write the Groq key to %1: %2").arg(shown, file.errorString()));
    if ((QFile::permissions(path) & kOthers) && !QFile::setPermissions(path, kOwnerOnly)) {
        QFile::remove(path);
        return fileError(tr("Could not make %1 readable only by you, so the key was not kept.").arg(shown));
    }
    return success();
}

Status PlainKeyFile::remove(const QString &path)
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return fileError(tr("Could not delete %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace lectern
