#include "audio/AudioError.h"

#include <QFileInfo>

namespace lectern {

namespace {
QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}
} // namespace

Error AudioError::fileMissing(const QString &path)
{
    return {FileMissing,
            tr("The file \"%1\" does not exist. It may have been moved, renamed or deleted.")
                .arg(fileName(path))};
}

Error AudioError::fileUnreadable(const QString &path, const QString &reason)
{
    return {FileUnreadable,
            tr("Lectern cannot read \"%1\": %2. Check that you have permission to open it.")
                .arg(fileName(path), reason)};
}

Error AudioError::empty(const QString &path)
{
    return {Empty,
            tr("The file \"%1\" is empty: it contains no sound. Choose the original recording instead.")
                .arg(fileName(path))};
}

Error AudioError::notAudio(const QString &path, const QString &detail)
{
    return {NotAudio,
            tr("\"%1\" is not an audio file Lectern can read, or it is damaged (%2). Lectern reads "
               "WAV, MP3, OGG, Opus, FLAC, M4A/AAC and WebM files.")
                .arg(fileName(path), detail)};
}

Error AudioError::noAudioTrack(const QString &path, const QString &detail)
{
    return {NoAudioTrack,
            tr("\"%1\" contains no audio track (%2). If it is a video, check that it was recorded "
               "with sound.")
                .arg(fileName(path), detail)};
}

Error AudioError::tooLong(const QString &path, qint64 durationMs, qint64 limitMs)
{
    return {TooLong,
            tr("\"%1\" is %2 long, longer than the %3 Lectern accepts. Split the recording into "
               "shorter parts.")
                .arg(fileName(path), formatDuration(durationMs), formatDuration(limitMs))};
}

Error AudioError::decoderFailed(const QString &path, const QString &detail)
{
    return {DecoderFailed,
            tr("Decoding \"%1\" failed (%2). The file may be damaged; try converting it to MP3 or "
               "WAV with another program.")
                .arg(fileName(path), detail)};
}

Error AudioError::cancelled(const QString &path)
{
    return {Cancelled, tr("Importing \"%1\" was cancelled.").arg(fileName(path))};
}

Error AudioError::encodeFailed(const QString &detail)
{
    return {EncodeFailed, tr("Encoding audio as Ogg Opus failed (%1).").arg(detail)};
}

Error AudioError::writeFailed(const QString &path, const QString &detail)
{
    return {WriteFailed,
            tr("Lectern cannot write the audio file \"%1\" (%2). Check the free disk space and "
               "that the folder is writable.")
                .arg(fileName(path), detail)};
}

Error AudioError::invalidRange(qint64 startMs, qint64 endMs, qint64 durationMs)
{
    return {InvalidRange,
            tr("The audio range %1–%2 is outside the recording, which is %3 long.")
                .arg(formatDuration(startMs), formatDuration(endMs), formatDuration(durationMs))};
}

QString AudioError::formatDuration(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QChar zero(u'0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

} // namespace lectern
