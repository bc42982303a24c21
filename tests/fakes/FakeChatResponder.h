#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace lectern::fake {

struct ChatRequest
{
    QString model;
    QList<QPair<QString, QString>> messages; // role, content
    bool jsonMode = false;
    bool stream = false;
    std::optional<int> maxTokens;
    double temperature = 1.0;
};

struct ChatAnswer
{
    QString content;
    QString finishReason = QStringLiteral("stop");
    int promptTokens = 0;
    int completionTokens = 0;
};

// Deterministic chat completions. A canned response is chosen by a keyword found in the
// messages (tests register one per task: "summary", "flashcards"...); otherwise the answer is
// derived from the last user message, as a JSON object in JSON mode.
class FakeChatResponder
{
public:
    static QStringList models();

    void setCannedResponse(const QString &keyword, const QString &content);
    // Answers the requests that mention `keyword` with `contents` in turn, repeating the last
    // one; checked before the single canned responses (e.g. a broken answer, then a good one).
    void setCannedSequence(const QString &keyword, QStringList contents);
    void clearCannedResponses()
    {
        m_canned.clear();
        m_sequences.clear();
    }

    // Checks the body the way Groq does (model, messages, the word "json" in JSON mode).
    static std::variant<ChatRequest, ApiError> parse(const QByteArray &body);

    ChatAnswer answer(const ChatRequest &request, bool invalidJson) const;
    static QJsonObject completion(const ChatRequest &request, const ChatAnswer &answer, const QString &requestId, qint64 created);
    // The SSE data payloads of a stream, ending with "[DONE]"; with `breakHalfway` it stops in the
    // middle with an x_groq.error chunk instead.
    static QList<QByteArray> streamEvents(const ChatRequest &request, const ChatAnswer &answer, const QString &requestId,
                                          qint64 created, bool breakHalfway);

private:
    struct CannedSequence
    {
        QString keyword;
        QStringList contents;
        mutable qsizetype next = 0;
    };

    QList<QPair<QString, QString>> m_canned;
    QList<CannedSequence> m_sequences;
};

} // namespace lectern::fake
