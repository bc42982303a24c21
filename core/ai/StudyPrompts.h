#pragma once

#include "ai/ChatCompletion.h"
#include "library/Entities.h"

#include <QList>
#include <QString>

namespace lectern {

// The messages Lectern sends for study material and questions. They are kept short (every token
// is paid for and counts against the rate limit), ask for the transcript's own language, and in
// JSON mode spell out the exact object wanted, as Groq's JSON mode requires the word "JSON".
// The wording is for the model, not for the student, so it is not translated.
class StudyPrompts
{
public:
    // "Write in German." for a lecture marked "de"; otherwise the transcript's own language.
    static QString languageInstruction(const QString &languageCode);
    // The segments as "[index] text" lines, the indexes the flashcard answer refers to.
    static QString numberedTranscript(const QList<TranscriptSegment> &segments);
    static QString plainTranscript(const QList<TranscriptSegment> &segments);
    // "mm:ss" (minutes keep counting past an hour).
    static QString clock(qint64 ms);

    static QList<ChatMessage> summary(const QString &title, const QString &transcript, const QString &language);
    static QList<ChatMessage> sectionSummary(const QString &title, const QString &section, int number, int count,
                                             const QString &language);
    static QList<ChatMessage> combineSummaries(const QString &title, const QStringList &sectionSummaries, const QString &language);
    static QList<ChatMessage> keyTerms(const QString &title, const QString &transcript, const QString &language);
    static QList<ChatMessage> flashcards(const QString &title, const QString &numberedTranscript, const QString &language);
    static QList<ChatMessage> quiz(const QString &title, const QString &transcript, const QString &language);
    // After an answer that was not the JSON asked for: what was wrong, and the request to fix it.
    static ChatMessage correction(const QString &problem);

    static QList<ChatMessage> ask(const QString &question, const QString &numberedPassages);
};

} // namespace lectern
