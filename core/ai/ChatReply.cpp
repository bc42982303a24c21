#include "ai/ChatReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace lectern {

ChatReply::ChatReply(GroqClient *client, QList<ChatMessage> messages, ChatOptions options, bool stream)
    : GroqReply(QStringLiteral("/chat/completions"), client),
      m_messages(std::move(messages)),
      m_options(std::move(options)),
      m_stream(stream)
{
}

Result<QNetworkReply *> ChatReply::send(QNetworkAccessManager &network, QNetworkRequest request)
{
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (m_stream)
        request.setRawHeader("Accept", "text/event-stream");
    return network.post(request, ChatCompletion::requestBody(m_messages, m_options, m_stream));
}

void ChatReply::beginAttempt()
{
    // Only reached before any text was handed out (see mayRetry), so nothing seen is lost.
    m_completion = {};
    m_parser = {};
    m_doneSeen = false;
}

std::optional<GroqFailure> ChatReply::received(const QByteArray &bytes)
{
    for (const SseEvent &event : m_parser.feed(bytes)) {
        if (std::optional<GroqFailure> failure = handleEvent(event))
            return failure;
        if (isFinished())
            break; // a delta() slot cancelled the request
    }
    return std::nullopt;
}

std::optional<GroqFailure> ChatReply::handleEvent(const SseEvent &event)
{
    if (m_doneSeen)
        return std::nullopt;
    if (event.data.trimmed() == "[DONE]") {
        m_doneSeen = true;
        return std::nullopt;
    }
    const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
    const QJsonObject xGroq = chunk.value(QLatin1String("x_groq")).toObject();
    const QJsonValue streamError = event.event == "error" ? chunk.value(QLatin1String("error")) : xGroq.value(QLatin1String("error"));
    if (!streamError.isUndefined() && !streamError.isNull()) {
        const QString message = streamError.isObject() ? streamError.toObject().value(QLatin1String("message")).toString()
                                                       : streamError.toVariant().toString();
        return GroqErrors::brokenStream(message);
    }
    if (chunk.isEmpty())
        return GroqErrors::unreadableAnswer(GroqErrors::badResponse(
            QCoreApplication::translate("ChatReply", "a streamed chunk is not a JSON object: %1").arg(QString::fromUtf8(event.data.left(120)))));

    if (m_completion.id.isEmpty())
        m_completion.id = chunk.value(QLatin1String("id")).toString();
    if (m_completion.model.isEmpty())
        m_completion.model = chunk.value(QLatin1String("model")).toString();
    if (xGroq.value(QLatin1String("usage")).isObject())
        m_completion.usage = ChatCompletion::usageFromJson(xGroq.value(QLatin1String("usage")).toObject());
    const QJsonObject choice = chunk.value(QLatin1String("choices")).toArray().first().toObject();
    const QString finishReason = choice.value(QLatin1String("finish_reason")).toString();
    if (!finishReason.isEmpty())
        m_completion.finishReason = finishReason;
    const QString text = choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
    if (!text.isEmpty()) {
        m_completion.content.append(text);
        m_deltaSeen = true;
        emit delta(text);
    }
    return std::nullopt;
}

std::optional<GroqFailure> ChatReply::finishJson()
{
    if (!m_options.jsonMode)
        return std::nullopt;
    Result<QJsonObject> json = ChatCompletion::parseJsonContent(m_completion.content);
    if (!json)
        return GroqErrors::unreadableAnswer(json.error());
    m_completion.json = std::move(json).value();
    return std::nullopt;
}

std::optional<GroqFailure> ChatReply::complete(const QByteArray &body)
{
    if (!m_stream) {
        Result<ChatCompletion> parsed = ChatCompletion::fromJson(body, m_options.jsonMode);
        if (!parsed)
            return GroqErrors::unreadableAnswer(parsed.error());
        m_completion = std::move(parsed).value();
        return std::nullopt;
    }
    if (std::optional<GroqFailure> failure = received(body))
        return failure;
    for (const SseEvent &event : m_parser.finish()) {
        if (std::optional<GroqFailure> failure = handleEvent(event))
            return failure;
    }
    if (!m_doneSeen) {
        GroqFailure failure = GroqErrors::brokenStream(
            QCoreApplication::translate("ChatReply", "the answer ended without its final [DONE] marker"));
        failure.retryable = true;
        return failure;
    }
    return finishJson();
}

} // namespace lectern
