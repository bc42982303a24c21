#pragma once

#include "ApiError.h"
#include "FakeTranscriber.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace lectern::fake {

struct TranscriptionOutcome
{
    std::optional<ApiError> error;
    HttpResponse response;       // when there is no error
    FakeTranscript transcript;
};

// POST /audio/transcriptions (and /translations): checks the multipart fields the way Groq does,
// decodes the upload with Lectern's own AudioDecoder (in its worker thread, so the server keeps
// serving), and formats the FakeTranscriber's result as json, text or verbose_json.
class TranscriptionEndpoint : public QObject
{
    Q_OBJECT

public:
    // `uploadDir` holds the uploads while they are decoded; `transcriber` outlives the endpoint.
    TranscriptionEndpoint(const FakeTranscriber &transcriber, QString uploadDir, QObject *parent);

    static const QStringList &models();

    void handle(int index, const HttpRequest &request, const QString &requestId, std::function<void(TranscriptionOutcome)> done);

private:
    const FakeTranscriber &m_transcriber;
    QString m_uploadDir;
};

} // namespace lectern::fake
