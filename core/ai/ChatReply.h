#pragma once

#include "ai/ChatCompletion.h"
#include "ai/GroqReply.h"
#include "ai/SseParser.h"

namespace lectern {

// POST /chat/completions, either answered at once or streamed as server-sent events.
class ChatReply final : public GroqReply
{
    Q_OBJECT

public:
    bool isStream() const { return m_stream; }
    // The answer; for a stream, everything received so far. Only complete once finished without error.
    const ChatCompletion &completion() const { return m_completion; }

signals:
    // A piece of a streamed answer, in order; the pieces add up to completion().content.
    // A slot may cancel() the request, but must not delete the reply (use deleteLater()).
    void delta(const QString &text);

private:
    friend class GroqClient;
    ChatReply(GroqClient *client, QList<ChatMessage> messages, ChatOptions options, bool stream);

    Result<QNetworkReply *> send(QNetworkAccessManager &network, QNetworkRequest request) override;
    bool isStreaming() const override { return m_stream; }
    std::optional<GroqFailure> received(const QByteArray &bytes) override;
    std::optional<GroqFailure> complete(const QByteArray &body) override;
    bool mayRetry() const override { return !m_deltaSeen; }
    void beginAttempt() override;

    std::optional<GroqFailure> handleEvent(const SseEvent &event);
    std::optional<GroqFailure> finishJson();

    QList<ChatMessage> m_messages;
    ChatOptions m_options;
    bool m_stream = false;
    ChatCompletion m_completion;
    SseParser m_parser;
    bool m_deltaSeen = false;
    bool m_doneSeen = false;
};

} // namespace lectern
