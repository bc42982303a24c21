#pragma once

#include "base/Result.h"
#include "pipeline/TranscriptPiece.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace lectern {

class GroqClient;
class TranscriptionReply;

// Sends pieces of a lecture to Groq and hands back what was heard, shifted onto the lecture's
// timeline. Groq's answer types stay inside this class, so the rest of the pipeline deals only in
// TranscriptPiece. The client bounds how many uploads run at once and retries what can be retried;
// deleting this object cancels its uploads (and only its own).
class ChunkTranscriber : public QObject
{
    Q_OBJECT

public:
    ChunkTranscriber(GroqClient *client, QString model, QString language, QObject *parent = nullptr);
    ~ChunkTranscriber() override;

    // Uploads the Ogg Opus bytes of [startMs, endMs) of the lecture.
    void send(qint64 startMs, qint64 endMs, QByteArray oggOpus);
    void cancelAll();
    int pendingCount() const { return int(m_replies.size()); }

    // Groq's code for an upload it refused as too large: split the piece and send the halves.
    static bool isTooLarge(const Error &error);

signals:
    void pieceTranscribed(const lectern::TranscriptPiece &piece);
    void pieceFailed(qint64 startMs, qint64 endMs, const lectern::Error &error);
    // Groq asked to slow down; the upload goes on by itself after `seconds`.
    void waiting(int seconds, const QString &reason);

private:
    void onFinished(TranscriptionReply *reply, qint64 startMs, qint64 endMs);

    QPointer<GroqClient> m_client;
    QString m_model;
    QString m_language;
    QHash<TranscriptionReply *, QPointer<TranscriptionReply>> m_replies;
};

} // namespace lectern
