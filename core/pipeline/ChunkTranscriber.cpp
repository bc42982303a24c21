#include "pipeline/ChunkTranscriber.h"

#include "ai/GroqClient.h"
#include "ai/TranscriptionReply.h"
#include "pipeline/PipelineLog.h"

#include <cmath>

namespace lectern {

ChunkTranscriber::ChunkTranscriber(GroqClient *client, QString model, QString language, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(std::move(model))
    , m_language(std::move(language))
{
}

ChunkTranscriber::~ChunkTranscriber()
{
    cancelAll();
}

bool ChunkTranscriber::isTooLarge(const Error &error)
{
    return error.code == groq::kTooLarge;
}

void ChunkTranscriber::send(qint64 startMs, qint64 endMs, QByteArray oggOpus)
{
    if (!m_client) {
        emit pieceFailed(startMs, endMs, GroqErrors::cancelled());
        return;
    }
    TranscriptionOptions options;
    options.model = m_model;
    options.language = m_language;
    const QString fileName = QStringLiteral("lecture-%1-%2.ogg").arg(startMs).arg(endMs);
    TranscriptionReply *reply = m_client->transcribeData(std::move(oggOpus), fileName, options);
    m_replies.insert(reply, reply);
    connect(reply, &GroqReply::retryScheduled, this, [this](int, qint64 waitMs, const Error &reason) {
        if (reason.code == groq::kRateLimited || waitMs >= 1000)
            emit waiting(int(std::ceil(double(waitMs) / 1000.0)), reason.message);
    });
    connect(reply, &GroqReply::finished, this, [this, reply, startMs, endMs] { onFinished(reply, startMs, endMs); });
}

void ChunkTranscriber::onFinished(TranscriptionReply *reply, qint64 startMs, qint64 endMs)
{
    m_replies.remove(reply);
    reply->deleteLater();
    if (reply->hasError()) {
        qCInfo(lcPipeline) << "piece" << startMs << endMs << "failed:" << reply->error().code;
        emit pieceFailed(startMs, endMs, reply->error());
        return;
    }
    TranscriptPiece piece;
    piece.startMs = startMs;
    piece.endMs = endMs;
    for (const auto &segment : reply->transcription().segments) {
        if (segment.text.trimmed().isEmpty())
            continue; // Whisper's answer for silence
        piece.segments.append({startMs + segment.startMs, startMs + std::max(segment.startMs, segment.endMs),
                               segment.text.trimmed()});
    }
    emit pieceTranscribed(piece);
}

void ChunkTranscriber::cancelAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<TranscriptionReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
        }
    }
}

} // namespace lectern
