#include "ai/TranscriptionReply.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lectern {

namespace {

QHttpPart textPart(const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setRawHeader("Content-Disposition", "form-data; name=\"" + name + '"');
    part.setBody(value);
    return part;
}

} // namespace

TranscriptionReply::TranscriptionReply(GroqClient *client, QByteArray audio, QString filePath, QString fileName,
                                       TranscriptionOptions options)
    : GroqReply(QStringLiteral("/audio/transcriptions"), client),
      m_audio(std::move(audio)),
      m_filePath(std::move(filePath)),
      m_fileName(std::move(fileName)),
      m_options(std::move(options))
{
}

qint64 TranscriptionReply::audioBytes() const
{
    return m_filePath.isEmpty() ? m_audio.size() : QFileInfo(m_filePath).size();
}

Result<QNetworkReply *> TranscriptionReply::send(QNetworkAccessManager &network, QNetworkRequest request)
{
    auto multipart = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);

    QHttpPart filePart;
    QByteArray safeName = m_fileName.toUtf8();
    safeName.replace('"', '_').replace('\r', '_').replace('\n', '_');
    filePart.setRawHeader("Content-Disposition", "form-data; name=\"file\"; filename=\"" + safeName + '"');
    const QString mime = QMimeDatabase().mimeTypeForFile(m_fileName, QMimeDatabase::MatchExtension).name();
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, mime);
    if (m_filePath.isEmpty()) {
        filePart.setBody(m_audio);
    } else {
        auto *file = new QFile(m_filePath, multipart.get());
        if (!file->open(QIODevice::ReadOnly))
            return GroqErrors::unreadableFile(m_filePath, file->errorString());
        filePart.setBodyDevice(file);
    }
    multipart->append(filePart);
    multipart->append(textPart("model", m_options.model.toUtf8()));
    if (!m_options.language.isEmpty())
        multipart->append(textPart("language", m_options.language.toUtf8()));
    if (!m_options.prompt.isEmpty())
        multipart->append(textPart("prompt", m_options.prompt.toUtf8()));
    if (m_options.temperature)
        multipart->append(textPart("temperature", QByteArray::number(*m_options.temperature)));
    multipart->append(textPart("response_format", "verbose_json"));
    multipart->append(textPart("timestamp_granularities[]", "segment"));
    if (m_options.wordTimestamps)
        multipart->append(textPart("timestamp_granularities[]", "word"));

    QNetworkReply *reply = network.post(request, multipart.get());
    multipart.release()->setParent(reply);
    return reply;
}

std::optional<GroqFailure> TranscriptionReply::complete(const QByteArray &body)
{
    Result<Transcription> parsed = Transcription::fromVerboseJson(body);
    if (!parsed)
        return GroqErrors::unreadableAnswer(parsed.error());
    m_transcription = std::move(parsed).value();
    return std::nullopt;
}

} // namespace lectern
