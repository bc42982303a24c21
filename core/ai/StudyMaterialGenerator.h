#pragma once

#include "ai/ChatCompletion.h"
#include "base/Result.h"
#include "library/Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace lectern {

class ChatReply;
class GroqClient;
class LibraryStore;

struct StudyMaterialOptions
{
    QString model = QStringLiteral("llama-3.3-70b-versatile"); // Setting::ChatModel in the app
    // The most transcript one request may carry, in estimated tokens. A longer transcript is
    // summarised part by part and the parts' summaries are then combined (map-reduce). The
    // default leaves room in an 8k-token context for the prompt and the answer.
    int contextTokens = 5000;
    // Tokens are estimated from characters: about 4 per token for English and German text.
    double charsPerToken = 4.0;

    int estimateTokens(const QString &text) const;
};

enum class StudyTask {
    Summary,
    KeyTerms,
    Flashcards,
    Quiz,
};

// A flashcard the model proposed; it becomes a Flashcard only when the student accepts it.
struct FlashcardSuggestion
{
    QString front;
    QString back;
    QString sourceSegmentId;

    friend bool operator==(const FlashcardSuggestion &, const FlashcardSuggestion &) = default;
};

// Makes study material from a lecture's transcript through Groq chat completions, one task at a
// time: a Markdown summary (streamed; map-reduce over parts when the transcript is longer than
// the context budget), key terms, flashcard suggestions and quiz questions (JSON mode). JSON
// answers are checked against the asked shape; a broken or misshapen answer is sent back once
// with the problem named, and a second failure ends the task with `invalid_model_output`.
// Summary, key terms and quiz questions replace the lecture's items of that kind when the task
// succeeds; nothing is stored when it fails or is cancelled. Uses the store on the calling thread.
class StudyMaterialGenerator : public QObject
{
    Q_OBJECT

public:
    StudyMaterialGenerator(GroqClient &client, LibraryStore &store, StudyMaterialOptions options = {}, QObject *parent = nullptr);
    ~StudyMaterialGenerator() override;

    const StudyMaterialOptions &options() const { return m_options; }
    void setOptions(StudyMaterialOptions options) { m_options = std::move(options); }

    // Starts `task`; finished() follows, also when it fails at once (unknown lecture, no transcript).
    void start(const QString &lectureId, StudyTask task);
    // Stops the running task; it finishes with `cancelled` and stores nothing.
    void cancel();

    bool isRunning() const { return m_running; }
    // Why the last task failed; nullopt after success.
    const std::optional<Error> &error() const { return m_error; }
    // Results of the last successful task.
    const QString &summary() const { return m_summary; }
    const QList<FlashcardSuggestion> &suggestions() const { return m_suggestions; }
    const QList<StudyItem> &storedItems() const { return m_storedItems; }

    // Stores the accepted suggestions as flashcards of the lecture, all or none.
    static Result<QList<Flashcard>> acceptSuggestions(LibraryStore &store, const QString &lectureId,
                                                      const QList<FlashcardSuggestion> &suggestions);

signals:
    // A piece of the summary as it streams in; the pieces add up to summary().
    void summaryDelta(const QString &text);
    // Requests answered so far of the requests the task needs.
    void progress(int done, int total);
    void finished();

private:
    using JsonHandler = std::function<std::optional<Error>(const QJsonObject &json)>;

    void startSummary();
    void startMapReduce(const QStringList &sections);
    void streamSummary(const QList<ChatMessage> &messages);
    void startJson(const QList<ChatMessage> &messages, const QString &what, JsonHandler handler);
    void sendJson(const QList<ChatMessage> &messages);
    void onJsonFinished(ChatReply *reply, const QList<ChatMessage> &messages);
    QStringList sections() const;
    ChatOptions chatOptions(bool json) const;
    ChatReply *track(ChatReply *reply);
    void abandonReplies();
    void finish(std::optional<Error> error);
    void finishLater(Error error);
    std::optional<Error> storeItems(StudyItemKind kind, const QList<QJsonObject> &contents);

    GroqClient &m_client;
    LibraryStore &m_store;
    StudyMaterialOptions m_options;
    bool m_running = false;
    std::optional<Error> m_error;
    Lecture m_lecture;
    QList<TranscriptSegment> m_segments;
    QList<QPointer<ChatReply>> m_replies;
    // Map-reduce state.
    QStringList m_sectionSummaries;
    int m_done = 0;
    int m_total = 0;
    // JSON state.
    QString m_jsonWhat;
    JsonHandler m_jsonHandler;
    int m_jsonAttempt = 0;
    // Results.
    QString m_summary;
    QList<FlashcardSuggestion> m_suggestions;
    QList<StudyItem> m_storedItems;
};

} // namespace lectern
