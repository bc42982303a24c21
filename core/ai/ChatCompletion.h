#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

struct ChatMessage
{
    QString role; // "system", "user" or "assistant"
    QString content;

    static ChatMessage system(QString text) { return {QStringLiteral("system"), std::move(text)}; }
    static ChatMessage user(QString text) { return {QStringLiteral("user"), std::move(text)}; }
    static ChatMessage assistant(QString text) { return {QStringLiteral("assistant"), std::move(text)}; }

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

struct ChatOptions
{
    QString model = QStringLiteral("llama-3.3-70b-versatile");
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    // response_format json_object: the answer must be one JSON object (the prompt has to ask for
    // JSON too). An answer that does not parse counts as a failed attempt and is retried.
    bool jsonMode = false;
};

struct ChatUsage
{
    int promptTokens = 0;
    int completionTokens = 0;
    int totalTokens = 0;

    friend bool operator==(const ChatUsage &, const ChatUsage &) = default;
};

// A finished chat completion (also the sum of a stream).
struct ChatCompletion
{
    QString id;
    QString model;
    QString content;
    QString finishReason;
    QJsonObject json; // the parsed content in JSON mode
    std::optional<ChatUsage> usage;

    // The request body for /chat/completions.
    static QByteArray requestBody(const QList<ChatMessage> &messages, const ChatOptions &options, bool stream);
    // A non-streamed answer; in JSON mode the content must also be a JSON object.
    static Result<ChatCompletion> fromJson(const QByteArray &body, bool jsonMode);
    // Checks and parses the content of a finished answer in JSON mode.
    static Result<QJsonObject> parseJsonContent(const QString &content);
    static ChatUsage usageFromJson(const QJsonObject &usage);
};

} // namespace lectern
