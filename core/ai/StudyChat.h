#pragma once

#include "ai/ApiKeyProvider.h"
#include "ai/ChatCompletion.h"

#include <QList>
#include <QUrl>

#include <memory>

class QObject;

namespace lectern {

class ChatReply;
class GroqClient;

// Starts chat requests for code that also works with the library. GroqClient.h brings in
// Transcription.h, whose lectern::TranscriptSegment (a Whisper segment) clashes with the
// library's lectern::TranscriptSegment (a stored transcript line), so the study code and its
// callers talk to the client through this header instead of including GroqClient.h.
class StudyChat
{
public:
    static ChatReply *chat(GroqClient &client, QList<ChatMessage> messages, ChatOptions options);
    static ChatReply *chatStream(GroqClient &client, QList<ChatMessage> messages, ChatOptions options);
    // A client configured like the app's (GROQ_BASE_URL or Settings), owned by `parent`. The key is
    // GROQ_API_KEY, else the one `storedKey` answers (the keychain's, loaded ahead).
    static GroqClient *clientFromSettings(QObject *parent, std::shared_ptr<const ApiKeyProvider> storedKey = {});
    // A client for `baseUrl` with a fixed key and no retries of its own, owned by `parent` (tests).
    static GroqClient *clientWithoutRetries(const QUrl &baseUrl, const QString &apiKey, QObject *parent);
};

} // namespace lectern
