#pragma once

#include "ai/StudyMaterialGenerator.h"
#include "base/Result.h"
#include "library/LibraryStore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lectern {

class GroqClient;

// How one study-material task ended: its error (none after success) and, for flashcards, the
// cards the model suggested. Summary, key terms and quiz questions are in the library by then.
struct StudyMaterialOutcome
{
    std::optional<Error> error;
    QList<FlashcardSuggestion> suggestions;

    bool ok() const { return !error.has_value(); }
};

// StudyMaterialQueue's other half, living in the queue's worker thread: StudyMaterialGenerator
// reads and writes the library on its own thread, so the worker owns that thread's connection to
// the library, its Groq client and the generator. Only the queue uses it.
class StudyMaterialWorker : public QObject
{
    Q_OBJECT

public:
    using ClientFactory = std::function<GroqClient *(QObject *parent)>;

    StudyMaterialWorker(QString dataDirectory, ClientFactory makeClient);
    ~StudyMaterialWorker() override;

    // All of these run in the worker's thread.
    void start(const QString &lectureId, lectern::StudyTask task, const lectern::StudyMaterialOptions &options);
    void cancel(const QString &lectureId, lectern::StudyTask task);
    // Stops the task and closes the library and the client, before the thread ends.
    void shutdown();

signals:
    void summaryDelta(const QString &lectureId, const QString &text);
    void progress(const QString &lectureId, int done, int total);
    // Groq asked to slow down; the request goes on by itself after `seconds`.
    void waiting(const QString &lectureId, int seconds);
    // `changes` are the library writes the task committed, for LibraryService::announceChanges().
    void finished(const QString &lectureId, lectern::StudyTask task, const lectern::StudyMaterialOutcome &outcome,
                  const QList<lectern::LibraryChange> &changes);

private:
    Status ensureOpen();
    void onGeneratorFinished();

    QString m_dataDirectory;
    ClientFactory m_makeClient;
    std::unique_ptr<LibraryStore> m_store;
    GroqClient *m_client = nullptr;
    StudyMaterialGenerator *m_generator = nullptr;
    QString m_lectureId;
    StudyTask m_task = StudyTask::Summary;
};

} // namespace lectern
