// LibraryStore: the transcription pipeline's per-piece progress and its cache of finished
// transcripts. Neither syncs, so neither touches the change log or the HLC stamps of synced rows.

#include "library/LibraryStore.h"

#include "library/LibraryStorePrivate.h"

namespace lectern {

using namespace library_detail;

Status LibraryStore::saveTranscribedPiece(const TranscriptionRun &run, qint64 startMs, qint64 endMs,
                                          const QByteArray &result)
{
    if (startMs < 0 || endMs <= startMs)
        return invalidArgument(tr("A transcribed piece of audio must end after it starts (%1 ms to %2 ms).")
                                   .arg(startMs).arg(endMs));
    return d->db->transaction([&]() -> Status {
        if (const auto course = liveLectureCourse(*d->db, run.lectureId); !course)
            return course.error();
        auto saved = d->db->exec(
            QStringLiteral("INSERT OR REPLACE INTO transcription_chunk "
                           "(lecture_id, audio_sha256, model, language, plan_key, start_ms, end_ms, result) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {run.lectureId, run.audioSha256, run.model, run.language, run.planKey, startMs, endMs, result});
        if (!saved)
            return saved.error();
        return success();
    });
}

Result<QMap<QPair<qint64, qint64>, QByteArray>> LibraryStore::transcribedPieces(const TranscriptionRun &run) const
{
    auto query = d->db->exec(QStringLiteral("SELECT start_ms, end_ms, result FROM transcription_chunk "
                                            "WHERE lecture_id = ? AND audio_sha256 = ? AND model = ? "
                                            "AND language = ? AND plan_key = ?"),
                             {run.lectureId, run.audioSha256, run.model, run.language, run.planKey});
    if (!query)
        return query.error();
    QMap<QPair<qint64, qint64>, QByteArray> pieces;
    while (query.value().next())
        pieces.insert({query.value().value(0).toLongLong(), query.value().value(1).toLongLong()}, query.value().value(2).toByteArray());
    return pieces;
}

Status LibraryStore::clearTranscribedPieces(const QString &lectureId)
{
    return d->db->transaction([&]() -> Status {
        auto cleared = d->db->exec(QStringLiteral("DELETE FROM transcription_chunk WHERE lecture_id = ?"), {lectureId});
        if (!cleared)
            return cleared.error();
        return success();
    });
}

Status LibraryStore::saveCachedTranscript(const QString &audioSha256, const QString &model, const QString &language,
                                          const QByteArray &transcript)
{
    if (audioSha256.isEmpty())
        return invalidArgument(tr("A cached transcript needs the hash of its audio."));
    return d->db->transaction([&]() -> Status {
        auto saved = d->db->exec(QStringLiteral("INSERT OR REPLACE INTO transcription_cache "
                                                "(audio_sha256, model, language, transcript, created_at) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 {audioSha256, model, language, transcript, d->db->nowText()});
        if (!saved)
            return saved.error();
        return success();
    });
}

Result<QByteArray> LibraryStore::cachedTranscript(const QString &audioSha256, const QString &model,
                                                  const QString &language) const
{
    auto query = d->db->exec(QStringLiteral("SELECT transcript FROM transcription_cache "
                                            "WHERE audio_sha256 = ? AND model = ? AND language = ?"),
                             {audioSha256, model, language});
    if (!query)
        return query.error();
    if (!query.value().next())
        return QByteArray();
    return query.value().value(0).toByteArray();
}

} // namespace lectern
