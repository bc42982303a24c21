#include "recording/LiveTranscript.h"

#include "audio/OggOpusWriter.h"
#include "pipeline/ChunkTranscriber.h"
#include "recording/RecordingLog.h"

#include <QStringList>

#include <algorithm>

namespace lectern {

LiveTranscript::LiveTranscript(GroqClient *client, const QString &model, const QString &language, qint64 chunkMs,
                               QObject *parent)
    : QObject(parent)
    , m_transcriber(new ChunkTranscriber(client, model, language, this))
    , m_chunkSamples(pcmMsToSamples(std::max<qint64>(1000, chunkMs)))
{
    connect(m_transcriber, &ChunkTranscriber::pieceTranscribed, this, &LiveTranscript::onPiece);
    connect(m_transcriber, &ChunkTranscriber::pieceFailed, this,
            [this](qint64 startMs, qint64, const Error &error) {
                qCWarning(lcRecording) << "live transcript of the chunk at" << startMs << "ms failed:" << error.message;
                emit chunkFailed(error.message);
            });
}

LiveTranscript::~LiveTranscript() = default;

int LiveTranscript::chunksPending() const
{
    return m_transcriber->pendingCount();
}

void LiveTranscript::addSamples(const PcmSamples &samples)
{
    m_pending.insert(m_pending.end(), samples.begin(), samples.end());
    while (qint64(m_pending.size()) >= m_chunkSamples) {
        const PcmView chunk(m_pending.data(), size_t(m_chunkSamples));
        const Result<QByteArray> encoded = OggOpusWriter::encode(chunk);
        const qint64 startMs = pcmSamplesToMs(m_sentSamples);
        const qint64 endMs = pcmSamplesToMs(m_sentSamples + m_chunkSamples);
        m_sentSamples += m_chunkSamples;
        m_pending.erase(m_pending.begin(), m_pending.begin() + m_chunkSamples);
        if (!encoded) {
            emit chunkFailed(encoded.error().message);
            continue;
        }
        ++m_chunksSent;
        m_transcriber->send(startMs, endMs, *encoded);
    }
}

QString LiveTranscript::text() const
{
    QStringList parts;
    for (const QString &piece : m_pieces) {
        if (!piece.isEmpty())
            parts.append(piece);
    }
    return parts.join(u' ');
}

void LiveTranscript::onPiece(const TranscriptPiece &piece)
{
    QStringList words;
    for (const TimedText &segment : piece.segments)
        words.append(segment.text.trimmed());
    m_pieces.insert(piece.startMs, words.join(u' ').simplified());
    emit textChanged(text());
}

} // namespace lectern
