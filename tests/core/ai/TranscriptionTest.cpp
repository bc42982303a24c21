#include "ai/GroqError.h"
#include "ai/Transcription.h"

#include <gtest/gtest.h>

using namespace lectern;

TEST(Transcription, ParsesVerboseJsonIntoMilliseconds)
{
    const QByteArray body = R"({"task":"transcribe","language":"English","duration":12.345,"text":" s1 s2",
        "segments":[{"id":0,"seek":0,"start":0.2,"end":1.881,"text":" s1 s2","tokens":[50365,17,50615],
                     "temperature":0.0,"avg_logprob":-0.18,"compression_ratio":1.31,"no_speech_prob":0.01}],
        "words":[{"word":"s1","start":0.2,"end":0.88},{"word":" s2","start":1.2,"end":1.881}],
        "x_groq":{"id":"req_123"}})";
    const Result<Transcription> parsed = Transcription::fromVerboseJson(body);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->durationMs, 12345);
    EXPECT_EQ(parsed->language, QStringLiteral("English"));
    EXPECT_EQ(parsed->text, QStringLiteral("s1 s2"));
    EXPECT_EQ(parsed->groqRequestId, QStringLiteral("req_123"));
    ASSERT_EQ(parsed->segments.size(), 1);
    const RecognizedSegment &segment = parsed->segments.first();
    EXPECT_EQ(segment.startMs, 200);
    EXPECT_EQ(segment.endMs, 1881);
    EXPECT_EQ(segment.text, QStringLiteral("s1 s2"));
    EXPECT_EQ(segment.tokens, (QList<int>{50365, 17, 50615}));
    EXPECT_DOUBLE_EQ(segment.noSpeechProb, 0.01);
    ASSERT_EQ(parsed->words.size(), 2);
    EXPECT_EQ(parsed->words[1], (RecognizedWord{QStringLiteral("s2"), 1200, 1881}));
}

TEST(Transcription, RejectsAnswersWithoutTheNeededFields)
{
    for (const QByteArray &body : {QByteArray("not json"), QByteArray(R"({"segments":[]})"),
                                  QByteArray(R"({"text":"x","segments":[{"start":1,"text":"x"}]})")}) {
        const Result<Transcription> parsed = Transcription::fromVerboseJson(body);
        ASSERT_FALSE(parsed.ok()) << body.toStdString();
        EXPECT_EQ(parsed.error().code, groq::kBadResponse);
    }
}
