#include "pipeline/LectureImporter.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioError.h"
#include "audio/OggOpusWriter.h"
#include "library/LibraryStore.h"
#include "pipeline/CancelToken.h"
#include "pipeline/ImportError.h"
#include "pipeline/PipelineLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace lectern {

namespace {
// prepare() reports up to this; creating the lecture is the rest.
constexpr double kPreparedShare = 0.95;
constexpr qint64 kCopyBlockBytes = 1 << 20;
constexpr qint64 kEncodeBlockMs = 10'000;
// Staged files older than this were left by a crash, not by an import still running elsewhere.
constexpr int kAbandonedAfterDays = 1;

bool isCancelled(const CancelToken *cancel)
{
    return cancel && cancel->isCancelled();
}

bool isLanguageCode(const QString &code)
{
    return code.size() == 2 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

// AudioDecoder::decodeFile() that can be cancelled: the decoder works in its own thread while this
// one waits in an event loop, woken by the decoder's signals or by the token.
Result<DecodedAudio> decode(const QString &path, const DecodeOptions &options, CancelToken *cancel,
                            const std::function<void(qint64 decodedMs, qint64 totalMs)> &onProgress)
{
    if (isCancelled(cancel))
        return AudioError::cancelled(path);
    AudioDecoder decoder;
    decoder.setOptions(options);
    QEventLoop loop;
    QObject::connect(&decoder, &AudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, &AudioDecoder::progressChanged, &loop, onProgress);
    CancelToken::Subscription subscription;
    if (cancel) {
        // cancel() may come from any thread; the decoder is only touched from this one.
        subscription = cancel->onCancel(
            [&decoder] { QMetaObject::invokeMethod(&decoder, &AudioDecoder::cancel, Qt::QueuedConnection); });
    }
    decoder.start(path);
    loop.exec();
    subscription.reset();
    return decoder.takeResult();
}

// Copies the original into the library, hashing what it copies: a file that changed since it was
// decoded (a download still running) must not be stored under the old hash.
Status copyOriginal(const DecodedAudio &audio, QIODevice &target, const QString &storedPath, CancelToken *cancel,
                    const std::function<void(double)> &onProgress)
{
    QFile source(audio.sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return AudioError::fileUnreadable(audio.sourcePath, source.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(kCopyBlockBytes, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        if (isCancelled(cancel))
            return AudioError::cancelled(audio.sourcePath);
        const qint64 n = source.read(block.data(), block.size());
        if (n < 0)
            return AudioError::fileUnreadable(audio.sourcePath, source.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        if (target.write(block.constData(), n) != n)
            return AudioError::writeFailed(storedPath, target.errorString());
        copied += n;
        onProgress(audio.fileSize > 0 ? double(copied) / double(audio.fileSize) : 1.0);
    }
    if (QString::fromLatin1(hash.result().toHex()) != audio.contentHash)
        return ImportError::sourceChanged(audio.sourcePath);
    return success();
}

Status encodeCompact(const DecodedAudio &audio, QIODevice &target, CancelToken *cancel,
                     const std::function<void(double)> &onProgress)
{
    OggOpusWriter writer;
    if (const Status opened = writer.open(&target); !opened)
        return opened;
    const PcmView pcm(audio.pcm);
    const size_t block = size_t(pcmMsToSamples(kEncodeBlockMs));
    for (size_t offset = 0; offset < pcm.size(); offset += block) {
        if (isCancelled(cancel))
            return AudioError::cancelled(audio.sourcePath);
        const size_t count = std::min(block, pcm.size() - offset);
        if (const Status written = writer.write(pcm.subspan(offset, count)); !written)
            return written;
        onProgress(double(offset + count) / double(pcm.size()));
    }
    return writer.finish();
}

// A stored file another import left is shared instead of written again, unless it is plainly not
// the same recording (an original of another size, an empty file).
bool canShare(const QString &storedPath, AudioStorage storage, qint64 originalSize)
{
    const QFileInfo stored(storedPath);
    if (!stored.isFile())
        return false;
    return storage == AudioStorage::Original ? stored.size() == originalSize : stored.size() > 0;
}

// After a failed commit that had put a new file in place: remove it, unless a lecture committed
// meanwhile (another process importing the same recording) uses it.
void removeUnlessShared(LibraryStore &store, const PreparedLecture &prepared)
{
    const auto users = store.lecturesWithAudio(prepared.draft.audioSha256);
    if (users && std::any_of(users->cbegin(), users->cend(),
                             [&](const Lecture &l) { return l.audioPath == prepared.draft.audioPath; }))
        return;
    if (!QFile::remove(prepared.storedAudioPath))
        qCWarning(lcPipeline) << "could not remove" << prepared.storedAudioPath << "after a failed import";
}
} // namespace

Status LectureImporter::checkOptions(const ImportOptions &options)
{
    const QString language = options.language.trimmed().toLower();
    if (!language.isEmpty() && !isLanguageCode(language))
        return ImportError::invalidLanguage(options.language);
    return success();
}

QString LectureImporter::audioDirectory(const QString &libraryDirectory)
{
    return QDir(libraryDirectory).absoluteFilePath(QStringLiteral("audio"));
}

QString LectureImporter::storedFileName(const QString &sha256, const QString &sourcePath, AudioStorage storage)
{
    if (storage == AudioStorage::CompactOpus)
        return sha256 + QStringLiteral(".compact.opus");
    QString suffix = QFileInfo(sourcePath).suffix().toLower();
    // The extension only helps other programs open the file; anything odd in it is left out.
    suffix.removeIf([](QChar c) { return !((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')); });
    return suffix.isEmpty() ? sha256 : sha256 + u'.' + suffix.left(8);
}

QString LectureImporter::titleFromFileName(const QString &path)
{
    static const QStringList audioSuffixes = {
        QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("ogg"), QStringLiteral("oga"),
        QStringLiteral("opus"), QStringLiteral("flac"), QStringLiteral("m4a"), QStringLiteral("aac"),
        QStringLiteral("webm"), QStringLiteral("mp4"), QStringLiteral("mkv"), QStringLiteral("mka"),
        QStringLiteral("wma"), QStringLiteral("aif"), QStringLiteral("aiff"), QStringLiteral("amr"),
        QStringLiteral("3gp"), QStringLiteral("mov")};
    const QString fileName = QFileInfo(path).fileName();
    QString name = fileName;
    for (qsizetype dot = name.lastIndexOf(u'.'); dot > 0; dot = name.lastIndexOf(u'.')) {
        if (!audioSuffixes.contains(name.mid(dot + 1), Qt::CaseInsensitive))
            break;
        name.truncate(dot);
    }
    QString title;
    title.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool betweenDigits = i > 0 && i + 1 < name.size() && name.at(i - 1).isDigit() && name.at(i + 1).isDigit();
        const bool separator = c == u'_' || ((c == u'-' || c == u'.') && !betweenDigits);
        title += separator ? QChar(u' ') : c;
    }
    title = title.simplified();
    if (title.isEmpty())
        return fileName.isEmpty() ? tr("Untitled lecture") : fileName;
    if (title.at(0).isLower())
        title[0] = title.at(0).toUpper();
    return title;
}

Result<PreparedLecture> LectureImporter::prepare(const QString &path, const ImportOptions &options,
                                                 const QString &libraryDirectory, const ProgressCallback &onProgress,
                                                 CancelToken *cancel)
{
    const auto report = [&onProgress](ImportStage stage, double fraction) {
        if (onProgress)
            onProgress(stage, std::clamp(fraction, 0.0, 1.0));
    };
    if (const Status checked = checkOptions(options); !checked)
        return checked.error();
    const QString language = options.language.trimmed().toLower();

    // Compressing takes about as long as decoding; copying is quick.
    const double decodedShare = kPreparedShare * (options.storage == AudioStorage::CompactOpus ? 0.6 : 0.9);
    report(ImportStage::Decoding, 0.0);
    qCDebug(lcPipeline) << "importing" << path;
    Result<DecodedAudio> decoded = decode(path, options.decode, cancel, [&](qint64 decodedMs, qint64 totalMs) {
        if (totalMs > 0)
            report(ImportStage::Decoding, decodedShare * double(decodedMs) / double(totalMs));
    });
    if (!decoded)
        return decoded.error();
    report(ImportStage::Decoding, decodedShare);

    const QString folder = audioDirectory(libraryDirectory);
    if (!QDir().mkpath(folder))
        return ImportError::audioFolderUnusable(folder, tr("it cannot be created"));
    StagedFile::removeAbandoned(folder, QDateTime::currentDateTimeUtc().addDays(-kAbandonedAfterDays));

    const QFileInfo source(decoded->sourcePath);
    const QString fileName = storedFileName(decoded->contentHash, decoded->sourcePath, options.storage);
    PreparedLecture prepared;
    prepared.sourcePath = decoded->sourcePath;
    prepared.storedAudioPath = QDir(folder).absoluteFilePath(fileName);
    Lecture &draft = prepared.draft;
    draft.courseId = options.courseId;
    draft.title = options.title.trimmed().isEmpty() ? titleFromFileName(path) : options.title.trimmed();
    draft.recordedAt = options.recordedAt.isValid() ? options.recordedAt.toUTC() : source.lastModified().toUTC();
    draft.durationMs = decoded->durationMs();
    draft.audioPath = QStringLiteral("audio/") + fileName;
    draft.audioSha256 = decoded->contentHash;
    draft.language = language;

    if (canShare(prepared.storedAudioPath, options.storage, decoded->fileSize)) {
        qCDebug(lcPipeline) << "sharing the stored audio" << prepared.storedAudioPath;
    } else {
        report(ImportStage::StoringAudio, decodedShare);
        Result<StagedFile> staged = StagedFile::create(prepared.storedAudioPath);
        if (!staged)
            return staged.error();
        const auto storing = [&](double fraction) {
            report(ImportStage::StoringAudio, decodedShare + (kPreparedShare - decodedShare) * fraction);
        };
        QIODevice &target = *staged.value().device();
        const Status written = options.storage == AudioStorage::Original
            ? copyOriginal(*decoded, target, prepared.storedAudioPath, cancel, storing)
            : encodeCompact(*decoded, target, cancel, storing);
        if (!written)
            return written.error();
        if (const Status finished = staged.value().finishWriting(); !finished)
            return finished.error();
        prepared.stagedAudio = std::move(staged).value();
    }
    report(ImportStage::StoringAudio, kPreparedShare);
    return prepared;
}

Result<Lecture> LectureImporter::commit(LibraryStore &store, PreparedLecture prepared)
{
    std::optional<Lecture> created;
    bool placedNewFile = false;
    // The row and the file appear together: the file is moved into place inside the transaction,
    // and a failed move rolls the row back.
    const Status status = store.transaction([&]() -> Status {
        Result<Lecture> lecture = store.createLecture(prepared.draft);
        if (!lecture)
            return lecture.error();
        if (prepared.stagedAudio) {
            const bool existed = QFileInfo::exists(prepared.storedAudioPath);
            if (const Status placed = prepared.stagedAudio->commit(); !placed)
                return placed;
            placedNewFile = !existed;
        } else if (!QFileInfo::exists(prepared.storedAudioPath)) {
            return ImportError::storedAudioMissing(prepared.storedAudioPath);
        }
        created = std::move(lecture).value();
        return success();
    });
    if (!status) {
        // The transaction was rolled back, or its commit failed after the file was moved.
        if (placedNewFile)
            removeUnlessShared(store, prepared);
        return status.error();
    }
    qCInfo(lcPipeline) << "imported" << prepared.sourcePath << "as lecture" << created->id << "with audio"
                       << prepared.draft.audioPath;
    return *created;
}

Result<Lecture> LectureImporter::importFile(LibraryStore &store, const QString &path, const ImportOptions &options,
                                            const ProgressCallback &onProgress, CancelToken *cancel)
{
    // A course that is gone is found out before an hour of decoding, not after.
    if (!options.courseId.isEmpty()) {
        const Result<Course> course = store.course(options.courseId);
        if (!course)
            return course.error();
    }
    Result<PreparedLecture> prepared = prepare(path, options, store.dataDirectory(), onProgress, cancel);
    if (!prepared)
        return prepared.error();
    if (isCancelled(cancel))
        return AudioError::cancelled(path);
    if (onProgress)
        onProgress(ImportStage::Saving, kPreparedShare);
    Result<Lecture> lecture = commit(store, std::move(prepared).value());
    if (lecture && onProgress)
        onProgress(ImportStage::Saving, 1.0);
    return lecture;
}

QList<ImportOutcome> LectureImporter::importFiles(LibraryStore &store, const QStringList &paths,
                                                  const ImportOptions &options,
                                                  const BatchProgressCallback &onProgress,
                                                  const FileFinishedCallback &onFileFinished, CancelToken *cancel)
{
    QList<ImportOutcome> outcomes;
    outcomes.reserve(paths.size());
    for (int index = 0; index < paths.size(); ++index) {
        const QString &path = paths.at(index);
        ImportOutcome outcome{path, isCancelled(cancel) ? Result<Lecture>(AudioError::cancelled(path))
                                                        : importFile(store, path, options,
                                                                     [&](ImportStage stage, double fraction) {
                                                                         if (onProgress)
                                                                             onProgress(index, stage, fraction);
                                                                     },
                                                                     cancel)};
        if (!outcome.ok())
            qCInfo(lcPipeline) << "not imported:" << path << outcome.lecture.error().code;
        if (onFileFinished)
            onFileFinished(index, outcome);
        outcomes.append(std::move(outcome));
    }
    return outcomes;
}

} // namespace lectern
