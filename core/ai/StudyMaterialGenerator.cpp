#include "ai/StudyMaterialGenerator.h"

#include "ai/ChatReply.h"
#include "ai/StudyChat.h"
#include "ai/StudyLog.h"
#include "ai/StudyMaterialSchema.h"
#include "ai/StudyPrompts.h"
#include "library/LibraryStore.h"

#include <QJsonArray>
#include <QMetaObject>

#include <cmath>

namespace lectern {

int StudyMaterialOptions::estimateTokens(const QString &text) const
{
    return int(std::ceil(double(text.size()) / std::max(0.5, charsPerToken)));
}

StudyMaterialGenerator::StudyMaterialGenerator(GroqClient &client, LibraryStore &store, StudyMaterialOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_options(std::move(options))
{
}

StudyMaterialGenerator::~StudyMaterialGenerator()
{
    abandonReplies();
}

void StudyMaterialGenerator::start(const QString &lectureId, StudyTask task)
{
    if (m_running) {
        // The running task keeps going; this call only reports why it did nothing.
        Error busy{study::kBusy.toString(), tr("Study material for \"%1\" is still being made; wait for it or cancel it first.")
                                                 .arg(m_lecture.title)};
        QMetaObject::invokeMethod(this, [this, busy] { m_error = busy; emit finished(); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_error.reset();
    m_summary.clear();
    m_suggestions.clear();
    m_storedItems.clear();
    m_sectionSummaries.clear();
    m_done = 0;
    m_total = 0;

    Result<Lecture> lecture = m_store.lecture(lectureId);
    if (!lecture)
        return finishLater(lecture.error());
    m_lecture = *lecture;
    Result<QList<TranscriptSegment>> segments = m_store.segments(lectureId);
    if (!segments)
        return finishLater(segments.error());
    m_segments = *segments;
    if (m_segments.isEmpty())
        return finishLater(Error{study::kNoTranscript.toString(),
                                 tr("\"%1\" has no transcript yet; transcribe it before making study material.").arg(m_lecture.title)});

    const QString transcript = StudyPrompts::plainTranscript(m_segments);
    const QString &language = m_lecture.language;
    switch (task) {
    case StudyTask::Summary:
        return startSummary();
    case StudyTask::KeyTerms:
        return startJson(StudyPrompts::keyTerms(m_lecture.title, transcript, language), tr("key terms"), [this](const QJsonObject &json) {
            Result<QList<KeyTerm>> terms = StudyMaterialSchema::keyTerms(json);
            if (!terms)
                return std::optional<Error>(terms.error());
            QList<QJsonObject> contents;
            for (const KeyTerm &term : *terms)
                contents.append({{QStringLiteral("term"), term.term}, {QStringLiteral("definition"), term.definition}});
            return storeItems(StudyItemKind::KeyTerm, contents);
        });
    case StudyTask::Flashcards:
        return startJson(StudyPrompts::flashcards(m_lecture.title, StudyPrompts::numberedTranscript(m_segments), language),
                         tr("flashcards"), [this](const QJsonObject &json) {
                             Result<QList<CardDraft>> cards = StudyMaterialSchema::cards(json, int(m_segments.size()));
                             if (!cards)
                                 return std::optional<Error>(cards.error());
                             for (const CardDraft &card : *cards)
                                 m_suggestions.append({card.front, card.back, m_segments[card.segment].id});
                             return std::optional<Error>();
                         });
    case StudyTask::Quiz:
        return startJson(StudyPrompts::quiz(m_lecture.title, transcript, language), tr("quiz questions"), [this](const QJsonObject &json) {
            Result<QList<QuizQuestionDraft>> questions = StudyMaterialSchema::quiz(json);
            if (!questions)
                return std::optional<Error>(questions.error());
            QList<QJsonObject> contents;
            for (const QuizQuestionDraft &q : *questions)
                contents.append({{QStringLiteral("question"), q.question},
                                 {QStringLiteral("choices"), QJsonArray::fromStringList(q.choices)},
                                 {QStringLiteral("answer"), q.answer},
                                 {QStringLiteral("explanation"), q.explanation}});
            return storeItems(StudyItemKind::QuizQuestion, contents);
        });
    }
}

void StudyMaterialGenerator::cancel()
{
    if (!m_running)
        return;
    abandonReplies();
    finish(GroqErrors::cancelled());
}

Result<QList<Flashcard>> StudyMaterialGenerator::acceptSuggestions(LibraryStore &store, const QString &lectureId,
                                                                   const QList<FlashcardSuggestion> &suggestions)
{
    QList<Flashcard> created;
    const Status status = store.transaction([&]() -> Status {
        for (const FlashcardSuggestion &suggestion : suggestions) {
            Flashcard draft;
            draft.lectureId = lectureId;
            draft.front = suggestion.front;
            draft.back = suggestion.back;
            draft.sourceSegmentId = suggestion.sourceSegmentId;
            Result<Flashcard> card = store.createFlashcard(draft);
            if (!card)
                return card.error();
            created.append(*card);
        }
        return success();
    });
    if (!status)
        return status.error();
    return created;
}

QStringList StudyMaterialGenerator::sections() const
{
    // Whole segments only, so no sentence is cut between two parts.
    QStringList sections;
    QString current;
    for (const TranscriptSegment &segment : m_segments) {
        const QString line = segment.displayText().simplified();
        if (!current.isEmpty() && m_options.estimateTokens(current) + m_options.estimateTokens(line) > m_options.contextTokens) {
            sections.append(current);
            current.clear();
        }
        if (!current.isEmpty())
            current += u'\n';
        current += line;
    }
    if (!current.isEmpty())
        sections.append(current);
    return sections;
}

void StudyMaterialGenerator::startSummary()
{
    const QString transcript = StudyPrompts::plainTranscript(m_segments);
    if (m_options.estimateTokens(transcript) <= m_options.contextTokens) {
        m_total = 1;
        emit progress(0, m_total);
        return streamSummary(StudyPrompts::summary(m_lecture.title, transcript, m_lecture.language));
    }
    startMapReduce(sections());
}

void StudyMaterialGenerator::startMapReduce(const QStringList &sections)
{
    qCInfo(lcStudy) << "summarising" << m_lecture.id << "in" << sections.size() << "parts";
    m_total = int(sections.size()) + 1;
    m_sectionSummaries = QStringList(sections.size());
    emit progress(0, m_total);
    // All parts are sent at once; the client keeps to its concurrency limit and queues the rest.
    for (qsizetype i = 0; i < sections.size(); ++i) {
        ChatReply *reply = track(StudyChat::chat(m_client, 
            StudyPrompts::sectionSummary(m_lecture.title, sections[i], int(i) + 1, int(sections.size()), m_lecture.language),
            chatOptions(false)));
        connect(reply, &GroqReply::finished, this, [this, reply, i] {
            reply->deleteLater();
            if (reply->hasError()) {
                const Error error = reply->error();
                abandonReplies();
                return finish(error);
            }
            m_sectionSummaries[i] = reply->completion().content.trimmed();
            emit progress(++m_done, m_total);
            if (m_done == m_total - 1)
                streamSummary(StudyPrompts::combineSummaries(m_lecture.title, m_sectionSummaries, m_lecture.language));
        });
    }
}

void StudyMaterialGenerator::streamSummary(const QList<ChatMessage> &messages)
{
    ChatReply *reply = track(StudyChat::chatStream(m_client, messages, chatOptions(false)));
    connect(reply, &ChatReply::delta, this, &StudyMaterialGenerator::summaryDelta);
    connect(reply, &GroqReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->hasError())
            return finish(reply->error());
        const QString markdown = reply->completion().content.trimmed();
        if (markdown.isEmpty())
            return finish(Error{study::kInvalidModelOutput.toString(),
                                tr("Groq's model answered with an empty summary of \"%1\". Try again, or pick another chat model in Settings.")
                                    .arg(m_lecture.title)});
        emit progress(++m_done, m_total);
        if (std::optional<Error> error = storeItems(StudyItemKind::Summary, {QJsonObject{{QStringLiteral("markdown"), markdown}}}))
            return finish(error);
        m_summary = markdown;
        finish(std::nullopt);
    });
}

void StudyMaterialGenerator::startJson(const QList<ChatMessage> &messages, const QString &what, JsonHandler handler)
{
    m_jsonWhat = what;
    m_jsonHandler = std::move(handler);
    m_jsonAttempt = 0;
    m_total = 1;
    emit progress(0, m_total);
    sendJson(messages);
}

void StudyMaterialGenerator::sendJson(const QList<ChatMessage> &messages)
{
    ++m_jsonAttempt;
    ChatReply *reply = track(StudyChat::chat(m_client, messages, chatOptions(true)));
    connect(reply, &GroqReply::finished, this, [this, reply, messages] { onJsonFinished(reply, messages); });
}

void StudyMaterialGenerator::onJsonFinished(ChatReply *reply, const QList<ChatMessage> &messages)
{
    reply->deleteLater();
    QString problem;
    if (reply->hasError()) {
        // The client already retried an answer that was not JSON at all; one more try with the
        // problem spelled out often helps where a plain repeat did not.
        if (reply->error().code != groq::kBadResponse)
            return finish(reply->error());
        problem = tr("it is not a valid JSON object");
    } else {
        m_suggestions.clear();
        const std::optional<Error> invalid = m_jsonHandler(reply->completion().json);
        if (!invalid) {
            emit progress(++m_done, m_total);
            return finish(std::nullopt);
        }
        if (invalid->code != study::kInvalidModelOutput)
            return finish(invalid);
        problem = invalid->message;
    }
    qCInfo(lcStudy) << "unusable" << m_jsonWhat << "for" << m_lecture.id << "on attempt" << m_jsonAttempt << ":" << problem;
    if (m_jsonAttempt >= 2) {
        m_suggestions.clear();
        return finish(Error{study::kInvalidModelOutput.toString(),
                            tr("Groq's model twice answered with unusable %1 for \"%2\" (%3). Nothing was stored; try again, or "
                               "pick another chat model in Settings.")
                                .arg(m_jsonWhat, m_lecture.title, problem)});
    }
    QList<ChatMessage> retry = messages;
    if (!reply->hasError() && !reply->completion().content.isEmpty())
        retry.append(ChatMessage::assistant(reply->completion().content));
    retry.append(StudyPrompts::correction(problem));
    sendJson(retry);
}

ChatOptions StudyMaterialGenerator::chatOptions(bool json) const
{
    ChatOptions options;
    options.model = m_options.model;
    options.jsonMode = json;
    // Low but not zero: faithful to the transcript, yet a retry can come out differently.
    options.temperature = 0.3;
    return options;
}

ChatReply *StudyMaterialGenerator::track(ChatReply *reply)
{
    m_replies.removeIf([](const QPointer<ChatReply> &r) { return r.isNull(); });
    m_replies.append(reply);
    return reply;
}

void StudyMaterialGenerator::abandonReplies()
{
    const QList<QPointer<ChatReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<ChatReply> &reply : replies) {
        if (!reply)
            continue;
        disconnect(reply, nullptr, this, nullptr);
        if (!reply->isFinished())
            reply->cancel();
        reply->deleteLater();
    }
}

void StudyMaterialGenerator::finish(std::optional<Error> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = std::move(error);
    m_jsonHandler = nullptr;
    emit finished();
}

void StudyMaterialGenerator::finishLater(Error error)
{
    // Callers connect to finished() after start(), so even an immediate failure is reported later.
    QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

std::optional<Error> StudyMaterialGenerator::storeItems(StudyItemKind kind, const QList<QJsonObject> &contents)
{
    QList<StudyItem> items;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        StudyItem item;
        item.lectureId = m_lecture.id;
        item.kind = kind;
        item.position = int(i);
        item.content = contents[i];
        items.append(item);
    }
    const Status stored = m_store.replaceStudyItems(m_lecture.id, kind, items);
    if (!stored)
        return stored.error();
    Result<QList<StudyItem>> reread = m_store.studyItems(m_lecture.id, kind);
    if (!reread)
        return reread.error();
    m_storedItems = *reread;
    return std::nullopt;
}

} // namespace lectern
