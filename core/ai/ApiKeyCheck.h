#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace lectern {

class GroqClient;
class ModelsReply;

// Whether a Groq key works, found with one GET /models call (it costs nothing and needs the key),
// for Settings' "Test key" and `lectern-cli key test`.
class ApiKeyCheck : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Works,
        WrongKey, // Groq refused the key (401)
        NoKey,
        Offline,  // no route to Groq, or no answer in time
        Failed,   // anything else: Groq's own message says what
    };
    Q_ENUM(Outcome)

    // Checks the key `client` would send. The client must outlive the check.
    explicit ApiKeyCheck(GroqClient *client, QObject *parent = nullptr);
    ~ApiKeyCheck() override;

    // Sends the one request; finished() follows, never synchronously.
    void start();
    void cancel();
    bool isRunning() const;

    Outcome outcome() const { return m_outcome; }
    // In words, for the student: "The key works.", "Groq does not accept this key..."
    QString message() const { return m_message; }
    // The ids of the active models the key may use, sorted (only when it works).
    const QStringList &models() const { return m_models; }

    // Whisper models transcribe; every other active model answers chat.
    static bool isTranscriptionModel(const QString &id);

signals:
    void finished();

private:
    void onReplyFinished();

    GroqClient *m_client;
    QPointer<ModelsReply> m_reply;
    Outcome m_outcome = Outcome::Failed;
    QString m_message;
    QStringList m_models;
};

} // namespace lectern
