#include "TranscriptionEndpoint.h"

#include "MultipartFormData.h"
#include "OggOpusReader.h"

#include "audio/AudioDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace lectern::fake {

namespace {

QString languageName(const QString &code)
{
    static const QMap<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("German")},
        {QStringLiteral("fr"), QStringLiteral("French")},  {QStringLiteral("es"), QStringLiteral("Spanish")},
        {QStringLiteral("it"), QStringLiteral("Italian")}, {QStringLiteral("nl"), QStringLiteral("Dutch")},
        {QStringLiteral("pt"), QStringLiteral("Portuguese")}, {QStringLiteral("pl"), QStringLiteral("Polish")},
        {QStringLiteral("ja"), QStringLiteral("Japanese")}, {QStringLiteral("zh"), QStringLiteral("Chinese")},
    };
    return names.value(code);
}

struct Fields
{
    QString format;
    bool words = false;
    double temperature = 0;
    QString language;
    bool translate = false;
};

HttpResponse format(const FakeTranscript &transcript, const Fields &fields, const QString &requestId)
{
    const QString text = transcript.text.isEmpty() ? QString() : QString(u' ' + transcript.text);
    if (fields.format == QLatin1String("text"))
        return HttpResponse::text(200, text.toUtf8());
    const QJsonObject xGroq{{QStringLiteral("id"), requestId}};
    if (fields.format == QLatin1String("json"))
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("x_groq"), xGroq}});
    QJsonObject body{
        {QStringLiteral("task"), fields.translate ? QStringLiteral("translate") : QStringLiteral("transcribe")},
        {QStringLiteral("language"), fields.translate || fields.language.isEmpty() ? QStringLiteral("English") : languageName(fields.language)},
        {QStringLiteral("duration"), std::round(transcript.durationSeconds * 100) / 100},
        {QStringLiteral("text"), text},
        {QStringLiteral("segments"), transcript.segments},
        {QStringLiteral("x_groq"), xGroq},
    };
    if (fields.words)
        body.insert(QStringLiteral("words"), transcript.words);
    return HttpResponse::json(200, body);
}

TranscriptionOutcome outcomeFor(const FakeTranscriber &transcriber, std::span<const qint16> pcm, const Fields &fields,
                                const QString &requestId)
{
    if (pcm.size() < size_t(timecode::kSampleRate / 100))
        return TranscriptionOutcome{ApiError{400, QStringLiteral("Audio file is too short. Minimum audio length is 0.01 seconds.")}, {}, {}};
    TranscriptionOutcome outcome;
    outcome.transcript = transcriber.transcribe(pcm, fields.temperature);
    outcome.response = format(outcome.transcript, fields, requestId);
    return outcome;
}

} // namespace

TranscriptionEndpoint::TranscriptionEndpoint(const FakeTranscriber &transcriber, QString uploadDir, QObject *parent)
    : QObject(parent), m_transcriber(transcriber), m_uploadDir(std::move(uploadDir))
{
}

const QStringList &TranscriptionEndpoint::models()
{
    static const QStringList models{QStringLiteral("whisper-large-v3"), QStringLiteral("whisper-large-v3-turbo")};
    return models;
}

void TranscriptionEndpoint::handle(int index, const HttpRequest &request, const QString &requestId,
                                   std::function<void(TranscriptionOutcome)> done)
{
    auto reject = [&done](ApiError error) { done(TranscriptionOutcome{std::move(error), {}, {}}); };
    Result<MultipartFormData> parsedForm = MultipartFormData::parse(request.header("content-type"), request.body);
    if (!parsedForm)
        return reject(ApiError{400, parsedForm.error().message});
    const MultipartFormData &form = parsedForm.value();

    const MultipartPart *file = form.part(QStringLiteral("file"));
    if (!file || !file->isFile) {
        if (!form.value(QStringLiteral("url")).isEmpty())
            return reject(ApiError{400, QStringLiteral("failed to retrieve media: the fake server cannot download URLs")});
        return reject(ApiError{400, QStringLiteral("one of 'file' or 'url' must be provided")});
    }
    const QString model = form.value(QStringLiteral("model"));
    if (model.isEmpty())
        return reject(ApiError{400, QStringLiteral("'model' : property 'model' is missing")});
    if (!models().contains(model))
        return reject(ApiError{404, QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                               QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")});
    Fields fields;
    fields.format = form.value(QStringLiteral("response_format")).isEmpty() ? QStringLiteral("json") : form.value(QStringLiteral("response_format"));
    if (!QStringList{QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("verbose_json")}.contains(fields.format))
        return reject(ApiError{400, QStringLiteral("response_format must be one of json, text, verbose_json; got '%1'").arg(fields.format)});
    const QStringList granularities = form.values(QStringLiteral("timestamp_granularities[]"));
    for (const QString &granularity : granularities) {
        if (granularity != QLatin1String("segment") && granularity != QLatin1String("word"))
            return reject(ApiError{400, QStringLiteral("timestamp_granularities[] must be 'segment' or 'word'; got '%1'").arg(granularity)});
    }
    if (!granularities.isEmpty() && fields.format != QLatin1String("verbose_json"))
        return reject(ApiError{400, QStringLiteral("timestamp_granularities[] requires response_format=verbose_json")});
    fields.words = granularities.contains(QLatin1String("word"));
    bool temperatureOk = true;
    const QString temperatureText = form.value(QStringLiteral("temperature"));
    fields.temperature = temperatureText.isEmpty() ? 0.0 : temperatureText.toDouble(&temperatureOk);
    if (!temperatureOk || fields.temperature < 0 || fields.temperature > 1)
        return reject(ApiError{400, QStringLiteral("temperature must be a number between 0 and 1; got '%1'").arg(temperatureText)});
    fields.language = form.value(QStringLiteral("language"));
    if (!fields.language.isEmpty() && languageName(fields.language).isEmpty())
        return reject(ApiError{400, QStringLiteral("invalid language '%1': use an ISO-639-1 code such as 'en'").arg(fields.language)});
    fields.translate = request.path().endsWith(QLatin1String("/translations"));
    if (file->data.isEmpty())
        return reject(ApiError{400, QStringLiteral("file is empty")});

    const QString suffix = QFileInfo(file->fileName).suffix().isEmpty() ? QStringLiteral("bin") : QFileInfo(file->fileName).suffix();
    const auto transcribe = [self = QPointer<TranscriptionEndpoint>(this), fields, requestId, done](std::vector<qint16> pcm) {
        if (!self)
            return;
        // Reading the time codes of a ten-minute chunk takes a while: not on the server's thread.
        auto *watcher = new QFutureWatcher<TranscriptionOutcome>(self);
        connect(watcher, &QFutureWatcherBase::finished, self, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(&self->m_pool, [transcriber = self->m_transcriber, pcm = std::move(pcm), fields, requestId] {
            return outcomeFor(transcriber, pcm, fields, requestId);
        }));
    };
    if (OggOpusReader::looksLikeOggOpus(file->data)) {
        auto *watcher = new QFutureWatcher<std::optional<std::vector<qint16>>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index, data = file->data, suffix, transcribe, done] {
            std::optional<std::vector<qint16>> pcm = watcher->result();
            watcher->deleteLater();
            if (pcm)
                transcribe(std::move(*pcm));
            else
                decodeFile(index, data, suffix, transcribe, done); // let the general decoder judge it
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, [data = file->data] { return OggOpusReader::decode(data); }));
        return;
    }
    decodeFile(index, file->data, suffix, transcribe, done);
}

void TranscriptionEndpoint::decodeFile(int index, const QByteArray &data, const QString &suffix,
                                       std::function<void(std::vector<qint16>)> transcribe,
                                       std::function<void(TranscriptionOutcome)> done)
{
    // Decoded from a file named like the upload, as Groq would: the extension helps format detection.
    const QString path = QDir(m_uploadDir).filePath(QStringLiteral("upload-%1.%2").arg(index).arg(suffix));
    QFile upload(path);
    if (!upload.open(QIODevice::WriteOnly) || upload.write(data) != data.size()) {
        done(TranscriptionOutcome{ApiError{500, QStringLiteral("could not store the upload: %1").arg(upload.errorString()),
                                           QStringLiteral("internal_server_error")}, {}, {}});
        return;
    }
    upload.close();

    auto *decoder = new AudioDecoder(this);
    connect(decoder, &AudioDecoder::finished, this, [decoder, path, transcribe, done] {
        Result<DecodedAudio> audio = decoder->takeResult();
        decoder->deleteLater();
        QFile::remove(path);
        if (!audio) {
            done(TranscriptionOutcome{ApiError{400, QStringLiteral("could not process file - is it a valid media file?")}, {}, {}});
            return;
        }
        transcribe(std::move(audio->pcm));
    });
    if (!decoder->start(path)) {
        decoder->deleteLater();
        done(TranscriptionOutcome{ApiError{500, QStringLiteral("the decoder is busy"), QStringLiteral("internal_server_error")}, {}, {}});
    }
}

} // namespace lectern::fake
