#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lectern {

// The stable codes study material and Ask fail with, beside the Groq client's own (GroqError.h).
namespace study {
inline constexpr QStringView kInvalidModelOutput = u"invalid_model_output"; // JSON missing or not in the asked shape, twice
inline constexpr QStringView kNoTranscript = u"no_transcript";             // the lecture has no segments to work from
inline constexpr QStringView kBusy = u"busy";                               // a generator runs one task at a time
} // namespace study

struct KeyTerm
{
    QString term;
    QString definition;
};

struct CardDraft
{
    QString front;
    QString back;
    // Index into the numbered segments the model was shown.
    int segment = 0;
};

struct QuizQuestionDraft
{
    QString question;
    QStringList choices;
    int answer = 0;
    QString explanation;
};

// Checks what the model answered in JSON mode against the shape the prompt asked for. The error
// message says exactly what is wrong, because it is sent back to the model as the correction.
class StudyMaterialSchema
{
    Q_DECLARE_TR_FUNCTIONS(lectern::StudyMaterialSchema)

public:
    static constexpr int kQuizChoices = 4;

    // {"terms":[{"term","definition"}]}
    static Result<QList<KeyTerm>> keyTerms(const QJsonObject &json);
    // {"cards":[{"front","back","segment"}]}, segment in [0, segmentCount)
    static Result<QList<CardDraft>> cards(const QJsonObject &json, int segmentCount);
    // {"questions":[{"question","choices":[4 strings],"answer","explanation"}]}
    static Result<QList<QuizQuestionDraft>> quiz(const QJsonObject &json);
};

} // namespace lectern
