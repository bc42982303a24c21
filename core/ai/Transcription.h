#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// What to ask Whisper for. The client always requests verbose_json so segments carry timestamps.
struct TranscriptionOptions
{
    QString model = QStringLiteral("whisper-large-v3-turbo");
    QString language;             // ISO-639-1 ("en"); empty lets Whisper detect it
    QString prompt;               // spelling and style hints, in the audio's language
    std::optional<double> temperature;
    bool wordTimestamps = false;  // adds words[]; Groq answers more slowly
};

struct RecognizedWord
{
    QString word;
    qint64 startMs = 0;
    qint64 endMs = 0;

    friend bool operator==(const RecognizedWord &, const RecognizedWord &) = default;
};

// One Whisper segment; times are milliseconds from the start of the uploaded file.
struct RecognizedSegment
{
    int id = 0;
    int seek = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;                 // trimmed; Whisper puts a leading space
    QList<int> tokens;
    double temperature = 0;
    double avgLogprob = 0;
    double compressionRatio = 0;
    double noSpeechProb = 0;

    friend bool operator==(const RecognizedSegment &, const RecognizedSegment &) = default;
};

// A verbose_json transcription as Groq returns it.
struct Transcription
{
    QString task;
    QString language;             // as Groq names it, e.g. "English"
    qint64 durationMs = 0;
    QString text;
    QList<RecognizedSegment> segments;
    QList<RecognizedWord> words;  // only with TranscriptionOptions::wordTimestamps
    QString groqRequestId;        // x_groq.id, for support requests

    // Parses a verbose_json body; fails with bad_response naming what is missing.
    static Result<Transcription> fromVerboseJson(const QByteArray &body);
};

} // namespace lectern
