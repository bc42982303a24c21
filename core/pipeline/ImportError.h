#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace lectern {

// Errors of importing a lecture that are not about the recording itself (those are AudioError).
class ImportError
{
    Q_DECLARE_TR_FUNCTIONS(lectern::ImportError)

public:
    static constexpr QLatin1String InvalidLanguage{"import.invalid_language"};
    static constexpr QLatin1String AudioFolderUnusable{"import.audio_folder_unusable"};
    static constexpr QLatin1String SourceChanged{"import.source_changed"};
    static constexpr QLatin1String StoredAudioMissing{"import.stored_audio_missing"};

    static Error invalidLanguage(const QString &language);
    static Error audioFolderUnusable(const QString &folder, const QString &reason);
    static Error sourceChanged(const QString &path);
    static Error storedAudioMissing(const QString &path);
};

} // namespace lectern
