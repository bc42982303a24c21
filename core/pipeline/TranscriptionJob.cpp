#include "pipeline/TranscriptionJob.h"

#include "audio/AudioDecoder.h"
#include "ai/GroqError.h"
#include "audio/ChunkEncoder.h"
#include "library/LibraryStore.h"
#include "pipeline/ChunkTranscriber.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/TranscriptStitcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lectern {

namespace {

Error cancelledError()
{
    return {TranscriptionJob::cancelledCode(), TranscriptionJob::tr("The transcription was cancelled.")};
}

LibraryStore::TranscriptionRun runOf(const QString &lectureId, const QString &sha, const QString &model,
                                     const QString &language, const QString &planKey)
{
    return {lectureId, sha, model, language, planKey};
}

} // namespace

TranscriptionJob::TranscriptionJob(LibraryStore &store, GroqClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(&client)
    , m_result(cancelledError())
{
}

TranscriptionJob::~TranscriptionJob()
{
    stopWork();
}

bool TranscriptionJob::start(const QString &lectureId, const TranscriptionJobOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_clock.start();
    m_options = options;
    m_lectureId = lectureId;
    m_outcome = TranscriptionOutcome{};
    m_outcome.lectureId = lectureId;
    m_chunks.clear();
    m_ledger.reset({});
    m_pieceError.reset();
    m_pcm.reset();
    m_stop = std::make_shared<std::atomic<bool>>(false);

    const Result<Lecture> lecture = m_store.lecture(lectureId);
    if (!lecture) {
        // finished() always comes after start() returned, so callers connect the same way for
        // every outcome.
        const Error error = lecture.error();
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return true;
    }
    m_audioSha256 = lecture->audioSha256;
    m_language = options.language.isEmpty() ? lecture->language : options.language;
    m_durationMs = lecture->durationMs;

    const Result<QByteArray> cached = m_store.cachedTranscript(m_audioSha256, m_options.model, m_language);
    TranscriptPiece cachedPiece;
    if (cached && !cached->isEmpty() && TranscriptPiece::fromJson(*cached, cachedPiece)) {
        qCInfo(lcPipeline) << "transcript of" << lectureId << "found in the cache";
        QTimer::singleShot(0, this, [this, cachedPiece] {
            QList<TranscriptSegment> segments;
            for (const TimedText &t : cachedPiece.segments)
                segments.append(TranscriptSegment{{}, m_lectureId, t.startMs, t.endMs, t.text, {}, {}, {}});
            if (const Status stored = m_store.replaceSegments(m_lectureId, segments); !stored)
                return fail(stored.error());
            m_outcome.fromCache = true;
            m_outcome.segmentCount = int(segments.size());
            finish(m_outcome);
        });
        return true;
    }

    QString audioPath = lecture->audioPath;
    if (QDir::isRelativePath(audioPath))
        audioPath = QDir(m_store.dataDirectory()).filePath(audioPath);
    m_decoder = new AudioDecoder(this);
    DecodeOptions decodeOptions;
    decodeOptions.hashContent = false; // the lecture knows its hash; reading the file once is enough
    decodeOptions.energyEnvelope = true; // the plan needs only the loudness, measured while decoding
    m_decoder->setOptions(decodeOptions);
    connect(m_decoder, &AudioDecoder::finished, this, &TranscriptionJob::onDecoded);
    m_decoder->start(audioPath);
    return true;
}

void TranscriptionJob::cancel()
{
    if (!m_running)
        return;
    stopWork();
    fail(cancelledError());
}

void TranscriptionJob::onDecoded()
{
    Result<DecodedAudio> audio = m_decoder->takeResult();
    m_decoder->deleteLater();
    m_decoder = nullptr;
    if (!audio)
        return fail(audio.error());
    m_pcm = std::make_shared<const PcmSamples>(std::move(audio->pcm));
    m_durationMs = pcmSamplesToMs(qint64(m_pcm->size()));
    qCDebug(lcPipeline) << m_clock.elapsed() << "ms: decoded" << m_durationMs << "ms of audio";

    m_planWatcher = new QFutureWatcher<QList<AudioChunk>>(this);
    connect(m_planWatcher, &QFutureWatcherBase::finished, this, &TranscriptionJob::onPlanned);
    const ChunkPlanOptions planOptions = m_options.plan;
    m_planWatcher->setFuture(QtConcurrent::run([envelope = std::move(audio->envelope), planOptions] {
        return ChunkPlanner(planOptions).plan(envelope);
    }));
}

QString TranscriptionJob::planKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const AudioChunk &chunk : m_chunks)
        hash.addData(QByteArray(QByteArray::number(chunk.startMs) + '-' + QByteArray::number(chunk.endMs) + ';'));
    return QString::fromLatin1(hash.result().toHex().left(32));
}

void TranscriptionJob::onPlanned()
{
    m_chunks = m_planWatcher->result();
    m_planWatcher->deleteLater();
    m_planWatcher = nullptr;
    qCDebug(lcPipeline) << m_clock.elapsed() << "ms: planned" << m_chunks.size() << "chunks";
    if (m_chunks.isEmpty())
        return fail({QStringLiteral("empty_audio"), tr("The lecture %1 has no audio to transcribe.").arg(m_lectureId)});

    const auto stored = m_store.transcribedPieces(
        runOf(m_lectureId, m_audioSha256, m_options.model, m_language, planKey()));
    if (!stored)
        return fail(stored.error());
    m_ledger.reset(*stored);

    QList<Span> toSend;
    for (const AudioChunk &chunk : m_chunks)
        toSend += m_ledger.addChunk(chunk);
    m_outcome.piecesResumed = m_ledger.keptCount();
    qCInfo(lcPipeline) << "transcribing" << m_lectureId << "in" << m_chunks.size() << "chunks;" << toSend.size()
                       << "to send," << m_outcome.piecesResumed << "kept from an earlier run";
    reportProgress();
    if (toSend.isEmpty())
        return complete();

    m_transcriber = new ChunkTranscriber(m_client, m_options.model, m_language, this);
    connect(m_transcriber, &ChunkTranscriber::pieceTranscribed, this, &TranscriptionJob::onPieceTranscribed);
    connect(m_transcriber, &ChunkTranscriber::pieceFailed, this, &TranscriptionJob::onPieceFailed);
    connect(m_transcriber, &ChunkTranscriber::waiting, this, &TranscriptionJob::waiting);
    encode(toSend);
}

void TranscriptionJob::encode(const QList<Span> &spans)
{
    // One task per piece, queued in order: the pool encodes as many at once as there are cores,
    // and each piece is uploaded the moment it is ready. Encoding is what the uploads wait for
    // on a fast line, so it must use every core.
    for (const Span &span : spans) {
        auto *watcher = new QFutureWatcher<Encoded>(this);
        m_encoders.append(watcher);
        connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int index) { onEncoded(index, watcher); });
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            m_encoders.removeOne(watcher);
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([pcm = m_pcm, stop = m_stop, span](QPromise<Encoded> &promise) {
            if (promise.isCanceled() || stop->load())
                return;
            Encoded encoded;
            encoded.span = span;
            QElapsedTimer clock;
            clock.start();
            Result<QByteArray> bytes = ChunkEncoder::encode(PcmView(*pcm), AudioChunk{0, span.first, span.second});
            encoded.encodeMs = clock.elapsed();
            if (bytes)
                encoded.bytes = std::move(*bytes);
            else
                encoded.error = bytes.error();
            promise.addResult(std::move(encoded));
        }));
    }
}

void TranscriptionJob::onEncoded(int index, QFutureWatcher<Encoded> *watcher)
{
    if (!m_running || !m_transcriber)
        return;
    Encoded encoded = watcher->resultAt(index);
    if (!encoded.bytes)
        return fail(encoded.error);
    qCDebug(lcPipeline) << m_clock.elapsed() << "ms: piece" << encoded.span.first << encoded.span.second << "encoded in"
                        << encoded.encodeMs << "ms," << encoded.bytes->size() << "bytes; sending it";
    ++m_outcome.piecesUploaded;
    m_transcriber->send(encoded.span.first, encoded.span.second, std::move(*encoded.bytes));
}

void TranscriptionJob::onPieceTranscribed(const TranscriptPiece &piece)
{
    if (!m_running)
        return;
    const Span span{piece.startMs, piece.endMs};
    qCDebug(lcPipeline) << m_clock.elapsed() << "ms: piece" << span.first << span.second << "transcribed";
    const Status kept = m_store.saveTranscribedPiece(
        runOf(m_lectureId, m_audioSha256, m_options.model, m_language, planKey()), span.first, span.second,
        piece.toJson());
    if (!kept)
        return fail(kept.error());
    m_ledger.markDone(piece);
    reportProgress();
    finishIfSettled();
}

void TranscriptionJob::finishIfSettled()
{
    if (!m_ledger.isSettled())
        return;
    if (m_pieceError)
        return fail(*m_pieceError);
    complete();
}

bool TranscriptionJob::concernsOnePiece(const Error &error)
{
    // Groq turned down this upload for what it holds; the same key and network serve the others.
    // Anything else (a wrong key, the rate limit, Groq or the network down) would fail them too.
    return error.code == groq::kRequestRejected || error.code == groq::kTooLarge || error.code == groq::kBadResponse;
}

void TranscriptionJob::onPieceFailed(qint64 startMs, qint64 endMs, const Error &error)
{
    if (!m_running)
        return;
    const Span span{startMs, endMs};
    if (ChunkTranscriber::isTooLarge(error) && endMs - startMs >= m_options.minSplitMs) {
        qCInfo(lcPipeline) << "piece" << startMs << endMs << "too large for Groq; sending it in two halves";
        encode(m_ledger.split(span));
        return;
    }
    if (concernsOnePiece(error)) {
        // The other pieces go on and are kept, so the next run sends only this one again.
        qCInfo(lcPipeline) << "piece" << startMs << endMs << "refused:" << error.code << "; finishing the others";
        m_ledger.markRefused(span);
        if (!m_pieceError)
            m_pieceError = error;
        return finishIfSettled();
    }
    fail(error);
}

void TranscriptionJob::reportProgress()
{
    emit progressChanged(m_ledger.chunksDone(), m_ledger.chunkCount(), std::min(m_ledger.audioMsDone(), m_durationMs),
                         m_durationMs);
}

void TranscriptionJob::complete()
{
    const QList<TimedText> stitched = TranscriptStitcher::stitch(m_ledger.donePieces());

    QList<TranscriptSegment> segments;
    segments.reserve(stitched.size());
    for (const TimedText &t : stitched)
        segments.append(TranscriptSegment{{}, m_lectureId, t.startMs, t.endMs, t.text, {}, {}, {}});
    TranscriptPiece whole;
    whole.startMs = 0;
    whole.endMs = m_durationMs;
    whole.segments = stitched;

    const Status stored = m_store.transaction([&]() -> Status {
        if (Status s = m_store.replaceSegments(m_lectureId, segments); !s)
            return s;
        if (Status s = m_store.saveCachedTranscript(m_audioSha256, m_options.model, m_language, whole.toJson()); !s)
            return s;
        return m_store.clearTranscribedPieces(m_lectureId);
    });
    if (!stored)
        return fail(stored.error());
    qCDebug(lcPipeline) << m_clock.elapsed() << "ms: stitched and stored" << segments.size() << "segments";
    m_outcome.segmentCount = int(segments.size());
    finish(m_outcome);
}

void TranscriptionJob::fail(const Error &error)
{
    stopWork();
    finish(error);
}

void TranscriptionJob::finish(Result<TranscriptionOutcome> result)
{
    if (!m_running)
        return;
    stopWork();
    m_running = false;
    m_result = std::move(result);
    if (m_result)
        qCInfo(lcPipeline) << "transcribed" << m_lectureId << ":" << m_result->segmentCount << "segments";
    else
        qCInfo(lcPipeline) << "transcription of" << m_lectureId << "failed:" << m_result.error().code;
    emit finished();
}

void TranscriptionJob::stopWork()
{
    if (m_stop)
        m_stop->store(true);
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->cancel();
        m_decoder->deleteLater();
        m_decoder = nullptr;
    }
    if (m_planWatcher) {
        m_planWatcher->disconnect(this);
        m_planWatcher->future().waitForFinished();
        m_planWatcher->deleteLater();
        m_planWatcher = nullptr;
    }
    for (QFutureWatcher<Encoded> *watcher : std::as_const(m_encoders)) {
        watcher->disconnect(this);
        watcher->future().cancel();
        watcher->future().waitForFinished();
        watcher->deleteLater();
    }
    m_encoders.clear();
    if (m_transcriber) {
        m_transcriber->disconnect(this);
        m_transcriber->cancelAll();
        m_transcriber->deleteLater();
        m_transcriber = nullptr;
    }
}

} // namespace lectern
