#pragma once

#include "base/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace lectern {

class ChatReply;
class GroqClient;
class LibraryStore;

// A transcript passage an answer cites with its marker [number].
struct Citation
{
    int number = 0;
    QString lectureId;
    QString lectureTitle;
    QString segmentId;
    qint64 startMs = 0;
    QString quote;

    friend bool operator==(const Citation &, const Citation &) = default;
};

struct LectureQuestionOptions
{
    QString model = QStringLiteral("llama-3.3-70b-versatile"); // Setting::ChatModel in the app
    // How many transcript passages the model sees.
    int maxPassages = 8;
};

// Answers a question across every lecture from the student's own transcripts. findPassages() picks
// the passages by full-text search (all words first; when that finds nothing, any of the
// question's significant words, passages matching more of them first); it reads the library, so
// the app runs it on the library's worker. ask() then has the model answer only from them with
// [n] markers, streams the answer and resolves the markers into citations. When no passage
// matches, it says so without asking Groq.
class LectureQuestion : public QObject
{
    Q_OBJECT

public:
    explicit LectureQuestion(GroqClient &client, LectureQuestionOptions options = {}, QObject *parent = nullptr);
    ~LectureQuestion() override;

    // The passages to answer `question` from, at most `maxPassages`, numbered from 1.
    static Result<QList<Citation>> findPassages(const LibraryStore &store, const QString &question, int maxPassages);

    // Answers from `passages` (findPassages()' result; its error is reported as the answer's).
    // finished() follows, also when nothing matched.
    void ask(const QString &question, const Result<QList<Citation>> &passages);
    void cancel();

    bool isRunning() const { return m_running; }
    const std::optional<Error> &error() const { return m_error; }
    // The answer, or the "nothing mentions" sentence when no passage matched.
    const QString &answer() const { return m_answer; }
    bool nothingFound() const { return m_nothingFound; }
    // The passages the answer cites, in the order their markers first appear.
    const QList<Citation> &citations() const { return m_citations; }
    // Every passage the model was shown, numbered from 1.
    const QList<Citation> &passages() const { return m_passages; }

    // The words of a question worth searching for on their own (no stop words, no short words).
    static QStringList significantWords(const QString &question);
    // The distinct marker numbers in `answer` that name one of `count` passages, in order of first appearance.
    static QList<int> citedNumbers(const QString &answer, int count);

signals:
    void answerDelta(const QString &text);
    void finished();

private:
    void finish(std::optional<Error> error);

    GroqClient &m_client;
    LectureQuestionOptions m_options;
    QPointer<ChatReply> m_reply;
    bool m_running = false;
    std::optional<Error> m_error;
    QString m_answer;
    bool m_nothingFound = false;
    QList<Citation> m_passages;
    QList<Citation> m_citations;
};

} // namespace lectern
