#pragma once

#include "ai/GroqReply.h"
#include "ai/Transcription.h"

namespace lectern {

// POST /audio/transcriptions with verbose_json, from bytes in memory or a file on disk.
class TranscriptionReply final : public GroqReply
{
    Q_OBJECT

public:
    // The parsed answer; only meaningful when finished without error.
    const Transcription &transcription() const { return m_transcription; }
    const TranscriptionOptions &options() const { return m_options; }
    QString fileName() const { return m_fileName; }
    qint64 audioBytes() const;

private:
    friend class GroqClient;
    TranscriptionReply(GroqClient *client, QByteArray audio, QString filePath, QString fileName, TranscriptionOptions options);

    Result<QNetworkReply *> send(QNetworkAccessManager &network, QNetworkRequest request) override;
    std::optional<GroqFailure> complete(const QByteArray &body) override;

    QByteArray m_audio;   // when uploading from memory
    QString m_filePath;   // when uploading a file (opened anew for every attempt)
    QString m_fileName;   // the name Groq sees; its extension tells Groq the format
    TranscriptionOptions m_options;
    Transcription m_transcription;
};

} // namespace lectern
