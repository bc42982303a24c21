#include "ai/StudyPrompts.h"

#include <QLocale>

namespace lectern {

QString StudyPrompts::languageInstruction(const QString &languageCode)
{
    if (!languageCode.isEmpty()) {
        const QLocale locale(languageCode);
        if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage)
            return QStringLiteral("Write in %1, the language of the lecture.").arg(QLocale::languageToString(locale.language()));
    }
    return QStringLiteral("Write in the language the transcript is in.");
}

QString StudyPrompts::numberedTranscript(const QList<TranscriptSegment> &segments)
{
    QString text;
    for (qsizetype i = 0; i < segments.size(); ++i)
        text += u'[' + QString::number(i) + QStringLiteral("] ") + segments[i].displayText().simplified() + u'\n';
    return text;
}

QString StudyPrompts::plainTranscript(const QList<TranscriptSegment> &segments)
{
    QStringList lines;
    lines.reserve(segments.size());
    for (const TranscriptSegment &segment : segments)
        lines.append(segment.displayText().simplified());
    return lines.join(u'\n');
}

QString StudyPrompts::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QList<ChatMessage> StudyPrompts::summary(const QString &title, const QString &transcript, const QString &language)
{
    return {ChatMessage::system(QStringLiteral("You write study summaries of university lectures for students. ") + languageInstruction(language)),
            ChatMessage::user(QStringLiteral("Summarise the lecture \"%1\" in Markdown: a one-paragraph overview, then the main points "
                                             "as headed sections with bullet points. Use only what the transcript says.\n\n"
                                             "Transcript:\n%2")
                                  .arg(title, transcript))};
}

QList<ChatMessage> StudyPrompts::sectionSummary(const QString &title, const QString &section, int number, int count,
                                                const QString &language)
{
    return {ChatMessage::system(QStringLiteral("You write study summaries of university lectures for students. ") + languageInstruction(language)),
            ChatMessage::user(QStringLiteral("This is part %1 of %2 of the transcript of the lecture \"%3\". List its main points as "
                                             "concise Markdown bullet points, keeping definitions, names and numbers.\n\n"
                                             "Transcript part:\n%4")
                                  .arg(number)
                                  .arg(count)
                                  .arg(title, section))};
}

QList<ChatMessage> StudyPrompts::combineSummaries(const QString &title, const QStringList &sectionSummaries, const QString &language)
{
    QString parts;
    for (qsizetype i = 0; i < sectionSummaries.size(); ++i)
        parts += QStringLiteral("## Part %1\n%2\n\n").arg(i + 1).arg(sectionSummaries[i]);
    return {ChatMessage::system(QStringLiteral("You write study summaries of university lectures for students. ") + languageInstruction(language)),
            ChatMessage::user(QStringLiteral("Combine these notes on consecutive parts of the lecture \"%1\" into one summary in "
                                             "Markdown: a one-paragraph overview, then the main points as headed sections with "
                                             "bullet points. Merge repeated points.\n\n%2")
                                  .arg(title, parts))};
}

QList<ChatMessage> StudyPrompts::keyTerms(const QString &title, const QString &transcript, const QString &language)
{
    return {ChatMessage::system(QStringLiteral("You extract study material from lecture transcripts and reply with one JSON object. ")
                                + languageInstruction(language)),
            ChatMessage::user(QStringLiteral("List the key terms of the lecture \"%1\" with a one or two sentence definition each, "
                                             "as the lecture defines them. Reply with JSON only, exactly "
                                             "{\"terms\":[{\"term\":\"...\",\"definition\":\"...\"}]}.\n\nTranscript:\n%2")
                                  .arg(title, transcript))};
}

QList<ChatMessage> StudyPrompts::flashcards(const QString &title, const QString &numberedTranscript, const QString &language)
{
    return {ChatMessage::system(QStringLiteral("You extract study material from lecture transcripts and reply with one JSON object. ")
                                + languageInstruction(language)),
            ChatMessage::user(QStringLiteral("Write flashcards for the lecture \"%1\": one fact, definition or relation per card, a "
                                             "question on the front and a short answer on the back. The transcript segments are "
                                             "numbered; give the number of the segment each card comes from. Reply with JSON "
                                             "only, exactly {\"cards\":[{\"front\":\"...\",\"back\":\"...\",\"segment\":0}]}.\n\n"
                                             "Transcript:\n%2")
                                  .arg(title, numberedTranscript))};
}

QList<ChatMessage> StudyPrompts::quiz(const QString &title, const QString &transcript, const QString &language)
{
    return {ChatMessage::system(QStringLiteral("You extract study material from lecture transcripts and reply with one JSON object. ")
                                + languageInstruction(language)),
            ChatMessage::user(QStringLiteral("Write multiple-choice quiz questions on the lecture \"%1\", each with exactly 4 choices, "
                                             "the 0-based index of the right one and a one-sentence explanation. Reply with JSON only, "
                                             "exactly {\"questions\":[{\"question\":\"...\",\"choices\":[\"...\",\"...\",\"...\",\"...\"],"
                                             "\"answer\":0,\"explanation\":\"...\"}]}.\n\nTranscript:\n%2")
                                  .arg(title, transcript))};
}

ChatMessage StudyPrompts::correction(const QString &problem)
{
    return ChatMessage::user(QStringLiteral("That reply cannot be used: %1. Reply again with only the JSON object in exactly the "
                                            "format asked for.")
                                 .arg(problem));
}

QList<ChatMessage> StudyPrompts::ask(const QString &question, const QString &numberedPassages)
{
    return {ChatMessage::system(QStringLiteral("You answer a student's question using only the numbered passages from their lecture "
                                               "transcripts. Cite every claim with the passage number in brackets, like [1] or [2][3]. "
                                               "If the passages do not answer the question, say so. Answer in the language of the "
                                               "question.")),
            ChatMessage::user(QStringLiteral("Passages:\n%1\nQuestion: %2").arg(numberedPassages, question))};
}

} // namespace lectern
