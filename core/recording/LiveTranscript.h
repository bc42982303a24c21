#pragma once

#include "audio/Pcm.h"
#include "pipeline/TranscriptPiece.h"

#include <QMap>
#include <QObject>
#include <QString>

namespace lectern {

class ChunkTranscriber;
class GroqClient;

// A rough transcript while a lecture is being recorded: every `chunkMs` of recorded audio goes to
// Groq on its own, and what comes back is shown in order. It is only a preview: once the recording
// is a lecture, the whole file is transcribed at full quality (chunk edges cut words here) and
// replaces it. What is still unsent when the recording ends is left to that transcription.
class LiveTranscript : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultChunkMs = 30'000;

    // `client` must outlive the transcript.
    LiveTranscript(GroqClient *client, const QString &model, const QString &language,
                   qint64 chunkMs = kDefaultChunkMs, QObject *parent = nullptr);
    ~LiveTranscript() override;

    // Recorded audio, in order, pauses left out (Recorder::samplesRecorded).
    void addSamples(const PcmSamples &samples);
    // The text heard so far, chunk after chunk.
    QString text() const;
    int chunksSent() const { return m_chunksSent; }
    int chunksPending() const;

signals:
    void textChanged(const QString &text);
    // A chunk could not be transcribed (no connection, no key); later chunks are still tried.
    void chunkFailed(const QString &message);

private:
    void onPiece(const TranscriptPiece &piece);

    ChunkTranscriber *m_transcriber;
    qint64 m_chunkSamples;
    PcmSamples m_pending;
    qint64 m_sentSamples = 0;
    int m_chunksSent = 0;
    QMap<qint64, QString> m_pieces; // start ms -> text
};

} // namespace lectern
