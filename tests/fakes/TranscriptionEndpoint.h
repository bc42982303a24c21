#pragma once

#include "ApiError.h"
#include "FakeTranscriber.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>
#include <vector>

namespace lectern::fake {

struct TranscriptionOutcome
{
    std::optional<ApiError> error;
    HttpResponse response;       // when there is no error
    FakeTranscript transcript;
};

// POST /audio/transcriptions (and /translations): checks the multipart fields the way Groq does,
// decodes the upload (Ogg Opus with libopus directly, anything else with Lectern's own
// AudioDecoder; both off the server's thread, so it keeps serving), and formats the
// FakeTranscriber's result as json, text or verbose_json.
class TranscriptionEndpoint : public QObject
{
    Q_OBJECT

public:
    // `uploadDir` holds the uploads while they are decoded; `transcriber` outlives the endpoint.
    TranscriptionEndpoint(const FakeTranscriber &transcriber, QString uploadDir, QObject *parent);

    static const QStringList &models();

    void handle(int index, const HttpRequest &request, const QString &requestId, std::function<void(TranscriptionOutcome)> done);

private:
    // Decodes `data` with Lectern's AudioDecoder, then hands the PCM to `transcribe`.
    void decodeFile(int index, const QByteArray &data, const QString &suffix, std::function<void(std::vector<qint16>)> transcribe,
                    std::function<void(TranscriptionOutcome)> done);

    const FakeTranscriber &m_transcriber;
    QString m_uploadDir;
    // Its own threads, so the fake's work never waits behind the client's in the global pool.
    QThreadPool m_pool;
};

} // namespace lectern::fake
