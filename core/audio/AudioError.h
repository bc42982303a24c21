#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace lectern {

// The errors of the audio pipeline: stable codes callers and tests match on, and the translated
// messages that go with them. Every message names the file (by file name) and what to do.
class AudioError
{
    Q_DECLARE_TR_FUNCTIONS(lectern::AudioError)

public:
    static constexpr QLatin1String FileMissing{"audio.file_missing"};
    static constexpr QLatin1String FileUnreadable{"audio.file_unreadable"};
    static constexpr QLatin1String Empty{"audio.empty"};
    static constexpr QLatin1String NotAudio{"audio.not_audio"};
    static constexpr QLatin1String NoAudioTrack{"audio.no_audio_track"};
    static constexpr QLatin1String TooLong{"audio.too_long"};
    static constexpr QLatin1String DecoderFailed{"audio.decoder_failed"};
    static constexpr QLatin1String Cancelled{"audio.cancelled"};
    static constexpr QLatin1String EncodeFailed{"audio.encode_failed"};
    static constexpr QLatin1String WriteFailed{"audio.write_failed"};
    static constexpr QLatin1String InvalidRange{"audio.invalid_range"};

    static Error fileMissing(const QString &path);
    static Error fileUnreadable(const QString &path, const QString &reason);
    static Error empty(const QString &path);
    static Error notAudio(const QString &path, const QString &detail);
    static Error noAudioTrack(const QString &path, const QString &detail);
    static Error tooLong(const QString &path, qint64 durationMs, qint64 limitMs);
    static Error decoderFailed(const QString &path, const QString &detail);
    static Error cancelled(const QString &path);
    static Error encodeFailed(const QString &detail);
    static Error writeFailed(const QString &path, const QString &detail);
    static Error invalidRange(qint64 startMs, qint64 endMs, qint64 durationMs);

    // "1:02:03" / "2:03": how long a recording is, for messages.
    static QString formatDuration(qint64 ms);
};

} // namespace lectern
