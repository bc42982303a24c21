#include "ai/ChatCompletion.h"

#include "ai/GroqError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lectern {

QByteArray ChatCompletion::requestBody(const QList<ChatMessage> &messages, const ChatOptions &options, bool stream)
{
    QJsonArray jsonMessages;
    for (const ChatMessage &message : messages)
        jsonMessages.append(QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    QJsonObject body{{QStringLiteral("model"), options.model}, {QStringLiteral("messages"), jsonMessages}};
    if (options.temperature)
        body.insert(QStringLiteral("temperature"), *options.temperature);
    if (options.maxTokens)
        body.insert(QStringLiteral("max_completion_tokens"), *options.maxTokens);
    if (options.jsonMode)
        body.insert(QStringLiteral("response_format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ChatUsage ChatCompletion::usageFromJson(const QJsonObject &usage)
{
    return ChatUsage{usage.value(QLatin1String("prompt_tokens")).toInt(), usage.value(QLatin1String("completion_tokens")).toInt(),
                     usage.value(QLatin1String("total_tokens")).toInt()};
}

Result<QJsonObject> ChatCompletion::parseJsonContent(const QString &content)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return GroqErrors::badResponse(QCoreApplication::translate("ChatCompletion", "the answer is not valid JSON (%1 at offset %2)")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
    if (!document.isObject())
        return GroqErrors::badResponse(QCoreApplication::translate("ChatCompletion", "the answer is JSON but not an object"));
    return document.object();
}

Result<ChatCompletion> ChatCompletion::fromJson(const QByteArray &body, bool jsonMode)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return GroqErrors::badResponse(QCoreApplication::translate("ChatCompletion", "the chat completion is not a JSON object (%1)")
                                           .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QJsonObject choice = root.value(QLatin1String("choices")).toArray().first().toObject();
    const QJsonValue content = choice.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
    if (!content.isString())
        return GroqErrors::badResponse(QCoreApplication::translate("ChatCompletion", "the chat completion has no message content"));

    ChatCompletion completion;
    completion.id = root.value(QLatin1String("id")).toString();
    completion.model = root.value(QLatin1String("model")).toString();
    completion.content = content.toString();
    completion.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    if (root.value(QLatin1String("usage")).isObject())
        completion.usage = usageFromJson(root.value(QLatin1String("usage")).toObject());
    if (jsonMode) {
        Result<QJsonObject> json = parseJsonContent(completion.content);
        if (!json)
            return json.error();
        completion.json = std::move(json).value();
    }
    return completion;
}

} // namespace lectern
