#include "FakeChatResponder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace lectern::fake {

namespace {

int estimateTokens(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size() * 4 / 3) + 1;
}

QString lastUserMessage(const ChatRequest &request)
{
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->first == QLatin1String("user"))
            return it->second;
    }
    return request.messages.isEmpty() ? QString() : request.messages.last().second;
}

QJsonObject usage(const ChatAnswer &answer)
{
    return QJsonObject{
        {QStringLiteral("queue_time"), 0.012},
        {QStringLiteral("prompt_tokens"), answer.promptTokens},
        {QStringLiteral("prompt_time"), 0.004},
        {QStringLiteral("completion_tokens"), answer.completionTokens},
        {QStringLiteral("completion_time"), answer.completionTokens / 280.0},
        {QStringLiteral("total_tokens"), answer.promptTokens + answer.completionTokens},
        {QStringLiteral("total_time"), 0.004 + answer.completionTokens / 280.0},
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QStringList FakeChatResponder::models()
{
    return {QStringLiteral("llama-3.3-70b-versatile"), QStringLiteral("llama-3.1-8b-instant"), QStringLiteral("openai/gpt-oss-120b"),
            QStringLiteral("openai/gpt-oss-20b")};
}

void FakeChatResponder::setCannedResponse(const QString &keyword, const QString &content)
{
    for (auto &canned : m_canned) {
        if (canned.first.compare(keyword, Qt::CaseInsensitive) == 0) {
            canned.second = content;
            return;
        }
    }
    m_canned.append({keyword, content});
}

void FakeChatResponder::setCannedSequence(const QString &keyword, QStringList contents)
{
    m_sequences.removeIf([&](const CannedSequence &s) { return s.keyword.compare(keyword, Qt::CaseInsensitive) == 0; });
    if (!contents.isEmpty())
        m_sequences.append({keyword, std::move(contents)});
}

std::variant<ChatRequest, ApiError> FakeChatResponder::parse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError{400, QStringLiteral("We could not parse the JSON body of your request. (HINT: This likely means you aren't "
                                            "using your HTTP library correctly.)")};
    const QJsonObject root = document.object();
    ChatRequest request;
    request.model = root.value(QLatin1String("model")).toString();
    if (request.model.isEmpty())
        return ApiError{400, QStringLiteral("'model' : property 'model' is missing")};
    if (!models().contains(request.model))
        return ApiError{404, QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(request.model),
                        QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")};
    const QJsonArray messages = root.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return ApiError{400, QStringLiteral("'messages' : minimum number of items is 1")};
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        if (!QStringList{QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("tool")}.contains(role))
            return ApiError{400, QStringLiteral("'messages.%1' : discriminator property 'role' has invalid value").arg(request.messages.size())};
        request.messages.append({role, message.value(QLatin1String("content")).toString()});
    }
    const QString format = root.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString();
    request.jsonMode = format == QLatin1String("json_object");
    if (request.jsonMode) {
        const bool mentionsJson = std::any_of(request.messages.cbegin(), request.messages.cend(),
                                              [](const auto &m) { return m.second.contains(QLatin1String("json"), Qt::CaseInsensitive); });
        if (!mentionsJson)
            return ApiError{400, QStringLiteral("'messages' must contain the word 'json' in some form, to use 'response_format' of type "
                                                "'json_object'.")};
    }
    request.stream = root.value(QLatin1String("stream")).toBool();
    const QJsonValue maxTokens = root.contains(QLatin1String("max_completion_tokens")) ? root.value(QLatin1String("max_completion_tokens"))
                                                                                       : root.value(QLatin1String("max_tokens"));
    if (maxTokens.isDouble())
        request.maxTokens = maxTokens.toInt();
    request.temperature = root.value(QLatin1String("temperature")).toDouble(1.0);
    return request;
}

ChatAnswer FakeChatResponder::answer(const ChatRequest &request, bool invalidJson) const
{
    ChatAnswer answer;
    for (const auto &message : request.messages)
        answer.promptTokens += estimateTokens(message.second) + 4;

    const QString question = lastUserMessage(request);
    for (const CannedSequence &sequence : m_sequences) {
        const bool found = std::any_of(request.messages.cbegin(), request.messages.cend(),
                                       [&](const auto &m) { return m.second.contains(sequence.keyword, Qt::CaseInsensitive); });
        if (found) {
            answer.content = sequence.contents[std::min(sequence.next, sequence.contents.size() - 1)];
            ++sequence.next;
            break;
        }
    }
    for (const auto &[keyword, content] : m_canned) {
        if (!answer.content.isEmpty())
            break;
        const bool found = std::any_of(request.messages.cbegin(), request.messages.cend(),
                                       [&](const auto &m) { return m.second.contains(keyword, Qt::CaseInsensitive); });
        if (found) {
            answer.content = content;
            break;
        }
    }
    const QStringList words = question.simplified().split(u' ', Qt::SkipEmptyParts);
    if (answer.content.isEmpty()) {
        const QString topic = words.mid(0, 12).join(u' ');
        if (request.jsonMode) {
            QStringList keywords;
            QStringList byLength = words;
            std::stable_sort(byLength.begin(), byLength.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
            for (const QString &word : byLength) {
                QString clean = word.toLower();
                clean.remove(QRegularExpression(QStringLiteral("[^\\w-]")));
                if (!clean.isEmpty() && !keywords.contains(clean) && keywords.size() < 5)
                    keywords.append(clean);
            }
            answer.content = QString::fromUtf8(QJsonDocument(QJsonObject{
                                                                 {QStringLiteral("answer"), QString(QStringLiteral("A short answer about: ") + topic)},
                                                                 {QStringLiteral("topic"), words.mid(0, 6).join(u' ')},
                                                                 {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
                                                                 {QStringLiteral("word_count"), int(words.size())},
                                                             })
                                                   .toJson(QJsonDocument::Indented));
        } else {
            answer.content = QStringLiteral("Here is a short answer about: %1. It covers the main points one by one, "
                                            "so that it can be read in a few seconds.")
                                 .arg(topic);
        }
    }
    if (invalidJson)
        answer.content = QStringLiteral("{\"answer\": \"this object never closes, \"keywords\": [");

    if (request.maxTokens && !request.jsonMode) {
        const QStringList answerWords = answer.content.split(u' ');
        if (answerWords.size() > *request.maxTokens) {
            answer.content = answerWords.mid(0, std::max(1, *request.maxTokens)).join(u' ');
            answer.finishReason = QStringLiteral("length");
        }
    }
    answer.completionTokens = estimateTokens(answer.content);
    return answer;
}

QJsonObject FakeChatResponder::completion(const ChatRequest &request, const ChatAnswer &answer, const QString &requestId, qint64 created)
{
    return QJsonObject{
        {QStringLiteral("id"), QString(QStringLiteral("chatcmpl-") + requestId.mid(4))},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), created},
        {QStringLiteral("model"), request.model},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), answer.content}}},
             {QStringLiteral("logprobs"), QJsonValue::Null},
             {QStringLiteral("finish_reason"), answer.finishReason},
         }}},
        {QStringLiteral("usage"), usage(answer)},
        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake0001")},
        {QStringLiteral("x_groq"), QJsonObject{{QStringLiteral("id"), requestId}}},
    };
}

QList<QByteArray> FakeChatResponder::streamEvents(const ChatRequest &request, const ChatAnswer &answer, const QString &requestId,
                                                  qint64 created, bool breakHalfway)
{
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason, const QJsonObject &xGroq) {
        return compact(QJsonObject{
            {QStringLiteral("id"), QString(QStringLiteral("chatcmpl-") + requestId.mid(4))},
            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
            {QStringLiteral("created"), created},
            {QStringLiteral("model"), request.model},
            {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake0001")},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta}, {QStringLiteral("logprobs"), QJsonValue::Null},
                                    {QStringLiteral("finish_reason"), finishReason}}}},
            {QStringLiteral("x_groq"), xGroq},
        });
    };

    // Pieces of about three words, each keeping its leading space, as tokenised streams do.
    QStringList pieces;
    const QStringList words = answer.content.split(u' ');
    for (qsizetype i = 0; i < words.size(); i += 3)
        pieces.append((i == 0 ? QString() : QStringLiteral(" ")) + words.mid(i, 3).join(u' '));

    QList<QByteArray> events;
    const QJsonObject idOnly{{QStringLiteral("id"), requestId}};
    events.append(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}},
                        QJsonValue::Null, idOnly));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (breakHalfway && i == std::max<qsizetype>(1, pieces.size() / 2)) {
            events.append(compact(QJsonObject{
                {QStringLiteral("id"), QString(QStringLiteral("chatcmpl-") + requestId.mid(4))},
                {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                {QStringLiteral("created"), created},
                {QStringLiteral("model"), request.model},
                {QStringLiteral("choices"), QJsonArray()},
                {QStringLiteral("x_groq"), QJsonObject{{QStringLiteral("id"), requestId},
                                                       {QStringLiteral("error"), QStringLiteral("Service Unavailable: the model stopped responding")}}},
            }));
            return events;
        }
        events.append(chunk(QJsonObject{{QStringLiteral("content"), pieces[i]}}, QJsonValue::Null, idOnly));
    }
    events.append(chunk(QJsonObject(), answer.finishReason, QJsonObject{{QStringLiteral("id"), requestId}, {QStringLiteral("usage"), usage(answer)}}));
    events.append("[DONE]");
    return events;
}

} // namespace lectern::fake
