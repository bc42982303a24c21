#include "recording/RecordingFile.h"

#include "recording/RecordingLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace lectern {

namespace {
constexpr int kSidecarVersion = 1;
const QLatin1String kAudioSuffix(".opus");
const QLatin1String kSidecarSuffix(".json");
const QLatin1String kLockSuffix(".lock");

RecordingFile withPaths(const QString &folder, const QString &id)
{
    RecordingFile file;
    const QDir dir(folder);
    file.id = id;
    file.audioPath = dir.absoluteFilePath(id + kAudioSuffix);
    file.sidecarPath = dir.absoluteFilePath(id + kSidecarSuffix);
    file.lockPath = dir.absoluteFilePath(id + kLockSuffix);
    return file;
}

Error sidecarError(const QString &path, const QString &detail)
{
    return Error{QStringLiteral("recording.sidecar"),
                 RecordingFile::tr("The description of the recording %1 cannot be used: %2")
                     .arg(QFileInfo(path).fileName(), detail)};
}
} // namespace

QString RecordingFile::folder(const QString &libraryDirectory)
{
    return QDir(libraryDirectory).absoluteFilePath(QStringLiteral("recordings"));
}

RecordingFile RecordingFile::create(const QString &folder, const QDateTime &startedAt, const RecordingDetails &details)
{
    const QDateTime utc = startedAt.toUTC();
    const QString stamp = utc.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString id = QStringLiteral("recording-") + stamp;
    // Two recorders starting in the same millisecond (two windows) still get their own files.
    for (int n = 2; QFileInfo::exists(withPaths(folder, id).sidecarPath); ++n)
        id = QStringLiteral("recording-%1-%2").arg(stamp).arg(n);
    RecordingFile file = withPaths(folder, id);
    file.startedAt = utc;
    file.details = details;
    return file;
}

Result<RecordingFile> RecordingFile::readSidecar(const QString &sidecarPath)
{
    QFile file(sidecarPath);
    if (!file.open(QIODevice::ReadOnly))
        return sidecarError(sidecarPath, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return sidecarError(sidecarPath, parseError.errorString());
    const QJsonObject object = document.object();
    const QFileInfo info(sidecarPath);
    RecordingFile recording = withPaths(info.absolutePath(), info.completeBaseName());
    recording.startedAt = QDateTime::fromString(object.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    if (!recording.startedAt.isValid())
        return sidecarError(sidecarPath, tr("it has no start time"));
    recording.startedAt = recording.startedAt.toUTC();
    recording.details.courseId = object.value(QLatin1String("courseId")).toString();
    recording.details.title = object.value(QLatin1String("title")).toString();
    recording.details.language = object.value(QLatin1String("language")).toString();
    return recording;
}

QStringList RecordingFile::sidecarsIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList paths;
    // The names hold the start time, so by name is oldest first.
    for (const QString &name : dir.entryList({QStringLiteral("recording-*") + kSidecarSuffix}, QDir::Files, QDir::Name))
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

Status RecordingFile::writeSidecar() const
{
    if (!QDir().mkpath(QFileInfo(sidecarPath).absolutePath()))
        return sidecarError(sidecarPath, tr("its folder cannot be created"));
    QJsonObject object;
    object.insert(QLatin1String("version"), kSidecarVersion);
    object.insert(QLatin1String("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("courseId"), details.courseId);
    object.insert(QLatin1String("title"), details.title);
    object.insert(QLatin1String("language"), details.language);
    object.insert(QLatin1String("audio"), QFileInfo(audioPath).fileName());
    QSaveFile file(sidecarPath);
    if (!file.open(QIODevice::WriteOnly))
        return sidecarError(sidecarPath, file.errorString());
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return sidecarError(sidecarPath, file.errorString());
    return success();
}

QString RecordingFile::lectureTitle() const
{
    if (!details.title.trimmed().isEmpty())
        return details.title.trimmed();
    const QDateTime local = startedAt.toLocalTime();
    const QLocale locale;
    return tr("Recording of %1 at %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

void RecordingFile::remove() const
{
    for (const QString &path : {audioPath, sidecarPath, lockPath}) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            qCWarning(lcRecording) << "could not remove" << path;
    }
}

} // namespace lectern
