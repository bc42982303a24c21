#include "ai/Transcription.h"

#include "ai/GroqError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace lectern {

namespace {

qint64 secondsToMs(const QJsonValue &seconds)
{
    return qint64(std::llround(seconds.toDouble() * 1000.0));
}

bool isNumber(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).isDouble();
}

} // namespace

Result<Transcription> Transcription::fromVerboseJson(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return GroqErrors::badResponse(QCoreApplication::translate("Transcription", "the transcription is not a JSON object (%1)")
                                           .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("text")).isString())
        return GroqErrors::badResponse(QCoreApplication::translate("Transcription", "the transcription has no text"));

    Transcription transcription;
    transcription.task = root.value(QLatin1String("task")).toString();
    transcription.language = root.value(QLatin1String("language")).toString();
    transcription.durationMs = secondsToMs(root.value(QLatin1String("duration")));
    transcription.text = root.value(QLatin1String("text")).toString().trimmed();
    transcription.groqRequestId = root.value(QLatin1String("x_groq")).toObject().value(QLatin1String("id")).toString();

    const QJsonArray segments = root.value(QLatin1String("segments")).toArray();
    transcription.segments.reserve(segments.size());
    for (const QJsonValue &value : segments) {
        const QJsonObject object = value.toObject();
        if (!isNumber(object, "start") || !isNumber(object, "end") || !object.value(QLatin1String("text")).isString())
            return GroqErrors::badResponse(
                QCoreApplication::translate("Transcription", "segment %1 lacks start, end or text").arg(transcription.segments.size()));
        RecognizedSegment segment;
        segment.id = object.value(QLatin1String("id")).toInt(int(transcription.segments.size()));
        segment.seek = object.value(QLatin1String("seek")).toInt();
        segment.startMs = secondsToMs(object.value(QLatin1String("start")));
        segment.endMs = secondsToMs(object.value(QLatin1String("end")));
        segment.text = object.value(QLatin1String("text")).toString().trimmed();
        const QJsonArray tokens = object.value(QLatin1String("tokens")).toArray();
        segment.tokens.reserve(tokens.size());
        for (const QJsonValue &token : tokens)
            segment.tokens.append(token.toInt());
        segment.temperature = object.value(QLatin1String("temperature")).toDouble();
        segment.avgLogprob = object.value(QLatin1String("avg_logprob")).toDouble();
        segment.compressionRatio = object.value(QLatin1String("compression_ratio")).toDouble();
        segment.noSpeechProb = object.value(QLatin1String("no_speech_prob")).toDouble();
        transcription.segments.append(std::move(segment));
    }

    const QJsonArray words = root.value(QLatin1String("words")).toArray();
    transcription.words.reserve(words.size());
    for (const QJsonValue &value : words) {
        const QJsonObject object = value.toObject();
        transcription.words.append(RecognizedWord{object.value(QLatin1String("word")).toString().trimmed(),
                                                  secondsToMs(object.value(QLatin1String("start"))),
                                                  secondsToMs(object.value(QLatin1String("end")))});
    }
    return transcription;
}

} // namespace lectern
