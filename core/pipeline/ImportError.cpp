#include "pipeline/ImportError.h"

#include <QDir>
#include <QFileInfo>

namespace lectern {

Error ImportError::invalidLanguage(const QString &language)
{
    return {InvalidLanguage,
            tr("\"%1\" is not a language code. Use a two-letter ISO 639-1 code such as \"en\" or \"de\", or "
               "none to let the language be detected.")
                .arg(language)};
}

Error ImportError::audioFolderUnusable(const QString &folder, const QString &reason)
{
    return {AudioFolderUnusable,
            tr("Lectern cannot store audio in the folder \"%1\" (%2). Check that the library's folder is "
               "writable and the disk is not full.")
                .arg(QDir::toNativeSeparators(folder), reason)};
}

Error ImportError::sourceChanged(const QString &path)
{
    return {SourceChanged,
            tr("\"%1\" changed while it was being imported. Wait until it is completely written (a download "
               "or copy may still be running) and import it again.")
                .arg(QFileInfo(path).fileName())};
}

Error ImportError::storedAudioMissing(const QString &path)
{
    return {StoredAudioMissing,
            tr("The library's copy of the audio, \"%1\", disappeared during the import. Import the recording "
               "again.")
                .arg(QDir::toNativeSeparators(path))};
}

} // namespace lectern
