#include "ai/LectureQuestion.h"

#include "ai/ChatReply.h"
#include "ai/StudyChat.h"
#include "ai/StudyPrompts.h"
#include "library/LibraryStore.h"

#include <QHash>
#include <QMetaObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {

// Words that match nearly every passage, in the languages Lectern is used in most.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QStringList list = QStringLiteral(
            "the and for are was were what which who whom whose why how when where that this these those with from into about "
            "does did done can could should would will shall has have had not but any all its it's there their they them then "
            "than you your our his her him she one two also only very much many some such more most other "
            "der die das den dem des ein eine einer eines einem einen und oder aber wie was wer wen wem warum wieso weshalb wann "
            "wo woher wohin ist sind war waren wird werden wurde wurden hat haben hatte kann können soll sollen mit von vom zum "
            "zur aus auf für bei nach über unter sich nicht auch nur noch schon sehr mehr dass diese dieser dieses jene")
                                     .split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

} // namespace

LectureQuestion::LectureQuestion(GroqClient &client, LectureQuestionOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_options(std::move(options))
{
}

LectureQuestion::~LectureQuestion()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        m_reply->deleteLater();
    }
}

QStringList LectureQuestion::significantWords(const QString &question)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString &word : question.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && !stopWords().contains(word) && !words.contains(word))
            words.append(word);
    }
    return words;
}

QList<int> LectureQuestion::citedNumbers(const QString &answer, int count)
{
    static const QRegularExpression marker(QStringLiteral("\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]"));
    QList<int> numbers;
    for (auto it = marker.globalMatch(answer); it.hasNext();) {
        for (const QString &part : it.next().captured(1).split(u',')) {
            const int number = part.trimmed().toInt();
            if (number >= 1 && number <= count && !numbers.contains(number))
                numbers.append(number);
        }
    }
    return numbers;
}

Result<QList<Citation>> LectureQuestion::findPassages(const LibraryStore &store, const QString &question, int maxPassages)
{
    constexpr int kSearchLimit = 50;
    struct Found
    {
        SearchHit hit;
        int matchedWords = 0;
    };
    QList<Found> found;
    QHash<QString, qsizetype> bySegment;
    auto collect = [&](const QString &query) -> Status {
        Result<QList<SearchHit>> hits = store.search(query, kSearchLimit);
        if (!hits)
            return hits.error();
        for (const SearchHit &hit : *hits) {
            // Notes have no place in a lecture to cite.
            if (hit.kind != SearchHit::Kind::Segment)
                continue;
            if (const auto it = bySegment.constFind(hit.segmentId); it != bySegment.cend()) {
                Found &known = found[*it];
                ++known.matchedWords;
                known.hit.score = std::min(known.hit.score, hit.score);
            } else {
                bySegment.insert(hit.segmentId, found.size());
                found.append({hit, 1});
            }
        }
        return success();
    };

    if (Status status = collect(question); !status)
        return status.error();
    if (found.isEmpty()) {
        for (const QString &word : significantWords(question)) {
            if (Status status = collect(word); !status)
                return status.error();
        }
        std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
            return a.matchedWords != b.matchedWords ? a.matchedWords > b.matchedWords : a.hit.score < b.hit.score;
        });
    }

    QList<Citation> passages;
    QHash<QString, QList<TranscriptSegment>> transcripts;
    for (const Found &candidate : found) {
        if (passages.size() >= maxPassages)
            break;
        const SearchHit &hit = candidate.hit;
        if (!transcripts.contains(hit.lectureId)) {
            Result<QList<TranscriptSegment>> segments = store.segments(hit.lectureId);
            if (!segments)
                return segments.error();
            transcripts.insert(hit.lectureId, *segments);
        }
        const QList<TranscriptSegment> &segments = transcripts[hit.lectureId];
        const auto segment = std::find_if(segments.cbegin(), segments.cend(), [&](const TranscriptSegment &s) { return s.id == hit.segmentId; });
        const QString quote = segment != segments.cend() ? segment->displayText().simplified() : hit.snippetPlain({}, {}).simplified();
        passages.append({int(passages.size()) + 1, hit.lectureId, hit.lectureTitle, hit.segmentId, hit.startMs, quote});
    }
    return passages;
}

void LectureQuestion::ask(const QString &question, const Result<QList<Citation>> &passages)
{
    if (m_running)
        cancel();
    m_running = true;
    m_error.reset();
    m_answer.clear();
    m_nothingFound = false;
    m_passages.clear();
    m_citations.clear();

    if (!passages) {
        const Error error = passages.error();
        QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (passages->isEmpty()) {
        m_nothingFound = true;
        m_answer = tr("Nothing in your lectures mentions \"%1\".").arg(question.simplified());
        QMetaObject::invokeMethod(this, [this] { finish(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    m_passages = *passages;
    QString numbered;
    for (const Citation &passage : m_passages)
        numbered += QStringLiteral("[%1] %2 (%3): %4\n")
                        .arg(passage.number)
                        .arg(passage.lectureTitle, StudyPrompts::clock(passage.startMs), passage.quote);

    ChatOptions options;
    options.model = m_options.model;
    options.temperature = 0.2;
    m_reply = StudyChat::chatStream(m_client, StudyPrompts::ask(question.simplified(), numbered), options);
    connect(m_reply, &ChatReply::delta, this, &LectureQuestion::answerDelta);
    ChatReply *reply = m_reply;
    connect(reply, &GroqReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (reply->hasError())
            return finish(reply->error());
        m_answer = reply->completion().content.trimmed();
        for (int number : citedNumbers(m_answer, int(m_passages.size())))
            m_citations.append(m_passages[number - 1]);
        finish(std::nullopt);
    });
}

void LectureQuestion::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->cancel();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(GroqErrors::cancelled());
}

void LectureQuestion::finish(std::optional<Error> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = std::move(error);
    emit finished();
}

} // namespace lectern
