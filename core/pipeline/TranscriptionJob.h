#pragma once

#include "audio/ChunkPlanner.h"
#include "audio/Pcm.h"
#include "base/Result.h"
#include "pipeline/PieceLedger.h"
#include "pipeline/TranscriptPiece.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace lectern {

class AudioDecoder;
class ChunkTranscriber;
class GroqClient;
class LibraryStore;

struct TranscriptionJobOptions
{
    QString model = QStringLiteral("whisper-large-v3-turbo");
    // ISO 639-1; empty takes the lecture's language, and if it has none Whisper detects it.
    QString language;
    ChunkPlanOptions plan = ChunkPlanOptions::forTranscription();
    // A piece Groq refuses as too large is split in two; pieces shorter than this are not split
    // again (the refusal is then reported).
    qint64 minSplitMs = 20000;
};

struct TranscriptionOutcome
{
    QString lectureId;
    int segmentCount = 0;
    bool fromCache = false;  // the transcript came from the cache: nothing was uploaded
    int piecesUploaded = 0;  // pieces sent to Groq by this run (after a resume: only the missing ones)
    int piecesResumed = 0;   // pieces an earlier, interrupted run had finished
};

// Transcribes one lecture through Groq and stores the transcript, without blocking the thread it
// lives on (the UI thread): decoding runs in AudioDecoder's thread, planning and Ogg Opus encoding
// in the thread pool, uploads through GroqClient.
//
// The lecture is cut into chunks of about ten minutes that overlap by a few seconds and end in
// pauses; the first chunk is short so the first upload starts early, and the last ones shrink so
// Groq's time for them is short. Chunks are encoded on every core and uploaded as soon as each is
// ready, in parallel as far as the client allows. Each answer is kept in the library at once, so
// a run that is cancelled, crashes or loses the network sends only the missing chunks when
// started again. A chunk Groq refuses as too large is split in two overlapping halves. When all
// are in, the chunk transcripts are stitched (TranscriptStitcher) and stored in one transaction,
// and the transcript is cached under the audio's hash, model and language: the same recording is
// never sent twice.
//
// A piece Groq refuses for what it holds (a 4xx other than the key or the rate limit) does not
// stop the others: they are finished and kept, and the refusal is reported at the end, so a
// second run sends only that piece. Errors that would hit every upload stop the job at once.
//
// Errors carry the Groq codes (no_api_key, invalid_api_key, rate_limited, offline, ...), the
// audio codes of a recording that cannot be decoded, the library's codes, or "cancelled".
class TranscriptionJob : public QObject
{
    Q_OBJECT

public:
    // `store` and `client` must outlive the job.
    TranscriptionJob(LibraryStore &store, GroqClient &client, QObject *parent = nullptr);
    // Stops a running job; what was finished stays kept for the next run.
    ~TranscriptionJob() override;

    // False (and nothing happens) while a run is under way.
    bool start(const QString &lectureId, const TranscriptionJobOptions &options = {});
    // Stops soon; finished() follows with the error "cancelled".
    void cancel();
    bool isRunning() const { return m_running; }
    // The outcome, once finished() was emitted.
    const Result<TranscriptionOutcome> &result() const { return m_result; }

    static QString cancelledCode() { return QStringLiteral("cancelled"); }

signals:
    // Chunks of the plan fully transcribed, and the length of lecture audio they cover.
    void progressChanged(int chunksDone, int chunksTotal, qint64 audioMsDone, qint64 audioMsTotal);
    // Groq asked to slow down; the job goes on by itself after `seconds`.
    void waiting(int seconds, const QString &reason);
    void finished();

private:
    using Span = PieceLedger::Span;
    struct Encoded
    {
        Span span;
        std::optional<QByteArray> bytes;
        Error error;
        qint64 encodeMs = 0; // how long the encoder took, for the phase log
    };
    struct Plan
    {
        QList<AudioChunk> chunks;
        QString audioError; // empty when decoding worked
    };

    void onDecoded();
    void onPlanned();
    void encode(const QList<Span> &spans);
    void onEncoded(int index, QFutureWatcher<Encoded> *watcher);
    void onPieceTranscribed(const TranscriptPiece &piece);
    void onPieceFailed(qint64 startMs, qint64 endMs, const Error &error);
    void finishIfSettled();
    static bool concernsOnePiece(const Error &error);
    void complete();
    void reportProgress();
    void fail(const Error &error);
    void finish(Result<TranscriptionOutcome> result);
    void stopWork();
    QString planKey() const;

    LibraryStore &m_store;
    GroqClient *m_client;
    TranscriptionJobOptions m_options;
    QString m_lectureId;
    QString m_audioSha256;
    QString m_language;
    bool m_running = false;
    Result<TranscriptionOutcome> m_result;
    TranscriptionOutcome m_outcome;

    AudioDecoder *m_decoder = nullptr;
    ChunkTranscriber *m_transcriber = nullptr;
    std::shared_ptr<const PcmSamples> m_pcm;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QFutureWatcher<QList<AudioChunk>> *m_planWatcher = nullptr;
    QList<QFutureWatcher<Encoded> *> m_encoders;

    QList<AudioChunk> m_chunks;
    PieceLedger m_ledger;
    std::optional<Error> m_pieceError;    // the first refusal of one piece, reported once the rest are in
    qint64 m_durationMs = 0;
    // Since start(): the phase log (lectern.pipeline at debug level) stamps every step with it.
    QElapsedTimer m_clock;
};

} // namespace lectern

// Outcomes travel between threads (TranscriptionQueue) and through QSignalSpy.
Q_DECLARE_METATYPE(lectern::Result<lectern::TranscriptionOutcome>)
