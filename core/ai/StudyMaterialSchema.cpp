#include "ai/StudyMaterialSchema.h"

#include <QJsonArray>

namespace lectern {

namespace {

Error violation(const QString &detail)
{
    return Error{study::kInvalidModelOutput.toString(), detail};
}

// The non-empty array under `key`, or the reason it is not one.
Result<QJsonArray> listOf(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return violation(StudyMaterialSchema::tr("the object has no \"%1\" array").arg(key));
    if (value.toArray().isEmpty())
        return violation(StudyMaterialSchema::tr("the \"%1\" array is empty").arg(key));
    return value.toArray();
}

// The trimmed, non-empty string `object[key]` of item `index` in `list`.
Result<QString> textOf(const QJsonObject &object, const QString &key, const QString &list, qsizetype index)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return violation(StudyMaterialSchema::tr("\"%1\"[%2] needs a non-empty string \"%3\"").arg(list).arg(index).arg(key));
    return value.toString().trimmed();
}

// An integer-valued JSON number, or nothing.
std::optional<int> integerOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < -1e9 || number > 1e9)
        return std::nullopt;
    return int(number);
}

} // namespace

Result<QList<KeyTerm>> StudyMaterialSchema::keyTerms(const QJsonObject &json)
{
    const QString list = QStringLiteral("terms");
    const Result<QJsonArray> items = listOf(json, list);
    if (!items)
        return items.error();
    QList<KeyTerm> terms;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonObject item = items->at(i).toObject();
        Result<QString> term = textOf(item, QStringLiteral("term"), list, i);
        if (!term)
            return term.error();
        Result<QString> definition = textOf(item, QStringLiteral("definition"), list, i);
        if (!definition)
            return definition.error();
        terms.append({*term, *definition});
    }
    return terms;
}

Result<QList<CardDraft>> StudyMaterialSchema::cards(const QJsonObject &json, int segmentCount)
{
    const QString list = QStringLiteral("cards");
    const Result<QJsonArray> items = listOf(json, list);
    if (!items)
        return items.error();
    QList<CardDraft> cards;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonObject item = items->at(i).toObject();
        Result<QString> front = textOf(item, QStringLiteral("front"), list, i);
        if (!front)
            return front.error();
        Result<QString> back = textOf(item, QStringLiteral("back"), list, i);
        if (!back)
            return back.error();
        const std::optional<int> segment = integerOf(item.value(QLatin1String("segment")));
        if (!segment || *segment < 0 || *segment >= segmentCount)
            return violation(tr("\"cards\"[%1] needs \"segment\": the number of one of the given segments, 0 to %2")
                                 .arg(i)
                                 .arg(segmentCount - 1));
        cards.append({*front, *back, *segment});
    }
    return cards;
}

Result<QList<QuizQuestionDraft>> StudyMaterialSchema::quiz(const QJsonObject &json)
{
    const QString list = QStringLiteral("questions");
    const Result<QJsonArray> items = listOf(json, list);
    if (!items)
        return items.error();
    QList<QuizQuestionDraft> questions;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonObject item = items->at(i).toObject();
        Result<QString> question = textOf(item, QStringLiteral("question"), list, i);
        if (!question)
            return question.error();
        const QJsonArray choiceValues = item.value(QLatin1String("choices")).toArray();
        QStringList choices;
        for (const QJsonValue &choice : choiceValues) {
            if (choice.isString() && !choice.toString().trimmed().isEmpty())
                choices.append(choice.toString().trimmed());
        }
        if (choiceValues.size() != kQuizChoices || choices.size() != kQuizChoices)
            return violation(tr("\"questions\"[%1] needs \"choices\": exactly %2 non-empty strings").arg(i).arg(kQuizChoices));
        const std::optional<int> answer = integerOf(item.value(QLatin1String("answer")));
        if (!answer || *answer < 0 || *answer >= kQuizChoices)
            return violation(tr("\"questions\"[%1] needs \"answer\": the index of the right choice, 0 to %2")
                                 .arg(i)
                                 .arg(kQuizChoices - 1));
        Result<QString> explanation = textOf(item, QStringLiteral("explanation"), list, i);
        if (!explanation)
            return explanation.error();
        questions.append({*question, choices, *answer, *explanation});
    }
    return questions;
}

} // namespace lectern
